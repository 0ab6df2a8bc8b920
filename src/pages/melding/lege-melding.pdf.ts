import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maakBlancoPdf } from '../../lib/melding-pdf/melding-pdf';

// The blank melding, made once at build time with the same PDF code as the form: it works
// without JavaScript, for people who fill it in on paper.
export const GET: APIRoute = async () => {
  const lettertype = (naam: string) => new Uint8Array(readFileSync(join(process.cwd(), 'public/fonts', naam)));
  const bytes = await maakBlancoPdf({
    fonts: { regular: lettertype('SafehouseSansPDF-Regular.ttf'), bold: lettertype('SafehouseSansPDF-Bold.ttf') },
    gemaaktOp: new Date(),
  });
  return new Response(bytes as BlobPart, { headers: { 'Content-Type': 'application/pdf' } });
};
