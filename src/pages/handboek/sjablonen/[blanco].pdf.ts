import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maakSjabloonPdf } from '../../../lib/sjablonen/pdf';
import { SJABLONEN } from '../../../lib/sjablonen';

// The blank templates, made at build time with the same PDF code: they work without JavaScript.
export function getStaticPaths() {
  return Object.keys(SJABLONEN).map((id) => ({ params: { blanco: `${id}-blanco` }, props: { id } }));
}

export const GET: APIRoute = async ({ props }) => {
  const lettertype = (naam: string) => new Uint8Array(readFileSync(join(process.cwd(), 'public/fonts', naam)));
  const bytes = await maakSjabloonPdf(SJABLONEN[props.id as string]!, null, {
    fonts: { regular: lettertype('SafehouseSansPDF-Regular.ttf'), bold: lettertype('SafehouseSansPDF-Bold.ttf') },
    gemaaktOp: new Date(),
  });
  return new Response(bytes as BlobPart, { headers: { 'Content-Type': 'application/pdf' } });
};
