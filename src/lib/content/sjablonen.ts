import { aanbiederSchema } from '../schemas/aanbieder.ts';
import { brondocumentSchema } from '../schemas/brondocument.ts';
import { regioSchema } from '../schemas/regio.ts';
import { sjabloonTekst } from './sjabloon.ts';
import { beschrijfVelden } from './veldbeschrijvingen.ts';

/** The generated templates, by path in the project. */
export const SJABLONEN: Readonly<Record<string, () => string>> = {
  'content/regios/_sjabloon.md': () =>
    sjabloonTekst(beschrijfVelden(regioSchema), {
      soort: 'een regio',
      map: 'regios',
      bestandsnaam: 'naam-van-de-regio',
      lichaam: 'Een korte beschrijving van de regio en haar aanpak, in gewone taal. Alleen feiten uit de bronnen.',
    }),
  'content/aanbieders/_sjabloon.md': () =>
    sjabloonTekst(beschrijfVelden(aanbiederSchema), {
      soort: 'een aanbieder',
      map: 'aanbieders',
      bestandsnaam: 'naam-van-de-aanbieder',
      lichaam: 'Een of twee zinnen over de aanbieder, in gewone taal. Alleen feiten uit de bronnen.',
    }),
  'content/bronnen/_sjabloon.md': () =>
    sjabloonTekst(beschrijfVelden(brondocumentSchema), {
      soort: 'een brondocument',
      map: 'bronnen',
      bestandsnaam: 'korte-naam-van-het-document',
      lichaam: 'Eventueel een zin over het document. Deze tekst wordt niet gepubliceerd.',
    }),
};
