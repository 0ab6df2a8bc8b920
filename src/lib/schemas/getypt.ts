import { z } from 'astro/zod';
import { normaliseerTekst } from '../kern/tekens.ts';

/**
 * What someone typed or pasted into a form field, before that field's own check: the one
 * normalisation of src/lib/kern/tekens.ts (invisible characters out, odd spaces to a space, NFC),
 * trimmed; nothing typed → ''. Every text field of the melding (src/lib/melding/schema-velden.ts
 * and the gemeente in schema.ts) and of the handboek templates (src/lib/sjablonen) starts from
 * this, so a soft hyphen pasted from Word is gone in the check page, the PDF and melding.json
 * alike, whatever kind of field it was pasted in.
 */
export const getypt = () =>
  z
    .string()
    .optional()
    .transform((invoer) => normaliseerTekst(invoer ?? '').trim());
