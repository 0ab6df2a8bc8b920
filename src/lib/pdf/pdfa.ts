/**
 * What makes a PDF an archival PDF/A-3b document, apart from what pdf-lib draws: the XMP
 * metadata packet (the same facts as the document info, plus the PDF/A and PDF/UA
 * identification) and a file identifier derived from the content. Pure: teken.ts puts them in
 * the file.
 *
 * Checked from the outside with PDFBox Preflight (tests/unit/pdf-preflight.test.ts) and pdf.js
 * (tests/unit/pdf-toegankelijk.test.ts). Only what those checks support is claimed: PDF/A part
 * 3, conformance B (the look is preserved; "A" is about the structure tree too, which Preflight,
 * a PDF/A-1b checker, does not judge), and PDF/UA part 1 (the structure tree, the field names and
 * the artifacts are read back by pdf.js and poppler).
 */
export interface XmpGegevens {
  titel: string;
  onderwerp: string;
  taal: string;
  maker: string;
  producent: string;
  /** Creation and modification date (the PDF is made in one go). */
  datum: Date;
}

const xml = (tekst: string) => tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2026-11-22T09:30:00Z": the instant pdf-lib writes in the document info as "D:20261122093000Z". */
const xmpDatum = (datum: Date) => `${datum.toISOString().slice(0, 19)}Z`;

/**
 * PDF/A allows only XMP properties of schemas it predefines or that the file describes itself:
 * pdfuaid is not predefined, so its one property is declared here (ISO 19005-1 §6.7.8).
 */
const PDFUA_SCHEMA = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>The part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;

/** The XMP packet, in UTF-8 without compression (PDF/A wants it readable by any tool). */
export function xmpMetadata(g: XmpGegevens): string {
  const datum = xmpDatum(g.datum);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(g.titel)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(g.onderwerp)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(g.taal)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>${xml(g.maker)}</xmp:CreatorTool>
<xmp:CreateDate>${datum}</xmp:CreateDate>
<xmp:ModifyDate>${datum}</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${xml(g.producent)}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
${PDFUA_SCHEMA}
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * 16 bytes as 32 hex digits, from the content: four 32-bit FNV-1a hashes with different offsets.
 * The same content gives the same identifier (the files stay reproducible); other content, almost
 * surely another one. Not a security measure, so no cryptographic hash is needed (and
 * crypto.subtle is missing on plain-http sites).
 */
export function bestandsId(inhoud: string): string {
  const bytes = new TextEncoder().encode(inhoud);
  // Lane n mixes in byte ^ n. One indexed pass for all four: the content is the whole layout
  // (hundreds of KB for a long melding), and four iterator passes took a third of a warm PDF.
  let [a, b, c, d] = [0x811c9dc5, 0x050c5d1f, 0x2d358dcc, 0x6c62272e];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte ^ 1, 0x01000193);
    c = Math.imul(c ^ byte ^ 2, 0x01000193);
    d = Math.imul(d ^ byte ^ 3, 0x01000193);
  }
  return [a, b, c, d].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}
