/**
 * Stands in for @pdf-lib/standard-fonts in the site's build (src/integrations/pdf-code-afslanken.ts):
 * the names of the 14 standard fonts, which pdf-lib checks every embedFont call against, without
 * their metrics (130 KB). The site embeds its own fonts only; a standard font would throw here.
 */
const fout = () =>
  new Error(
    'De standaardlettertypen van pdf-lib (Helvetica …) zijn uit de PDF-code weggelaten (src/integrations/pdf-code-afslanken.ts): geef het eigen lettertype mee.',
  );

export const FontNames = {
  Courier: 'Courier',
  CourierBold: 'Courier-Bold',
  CourierOblique: 'Courier-Oblique',
  CourierBoldOblique: 'Courier-BoldOblique',
  Helvetica: 'Helvetica',
  HelveticaBold: 'Helvetica-Bold',
  HelveticaOblique: 'Helvetica-Oblique',
  HelveticaBoldOblique: 'Helvetica-BoldOblique',
  TimesRoman: 'Times-Roman',
  TimesRomanBold: 'Times-Bold',
  TimesRomanItalic: 'Times-Italic',
  TimesRomanBoldItalic: 'Times-BoldItalic',
  Symbol: 'Symbol',
  ZapfDingbats: 'ZapfDingbats',
} as const;

export const Encodings = {
  get Symbol(): never {
    throw fout();
  },
  get ZapfDingbats(): never {
    throw fout();
  },
  get WinAnsi(): never {
    throw fout();
  },
};

export const Font = {
  load(): never {
    throw fout();
  },
};
