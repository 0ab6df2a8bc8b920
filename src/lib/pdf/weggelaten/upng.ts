/**
 * Stands in for @pdf-lib/upng in the site's build (src/integrations/pdf-code-afslanken.ts): PNG
 * decoding for pdf-lib's embedPng. The site's PDFs have no images.
 */
export default {
  decode(): never {
    throw new Error("PNG-afbeeldingen zijn uit de PDF-code weggelaten (src/integrations/pdf-code-afslanken.ts): de PDF's van deze site hebben er geen.");
  },
  toRGBA8(): never {
    throw new Error("PNG-afbeeldingen zijn uit de PDF-code weggelaten (src/integrations/pdf-code-afslanken.ts): de PDF's van deze site hebben er geen.");
  },
};
