import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentBestand } from '../../src/lib/content/controleer.ts';
import { controleerBestand, leesBestand, maakBestand } from '../../src/lib/invulhulp/bestand.ts';
import { leesGemeenten } from '../../src/lib/gemeenten/gemeenten.ts';

const root = join(import.meta.dirname, '../..');
const andere: ContentBestand[] = (['bronnen', 'regios'] as const).flatMap((collectie) =>
  readdirSync(join(root, 'content', collectie))
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .map((pad) => ({ collectie, pad, tekst: readFileSync(join(root, 'content', collectie, pad), 'utf8') })),
);
const referentie = { gemeenteNamen: leesGemeenten(readFileSync(join(root, 'src/data/gemeenten.csv'), 'utf8')).map((g) => g.naam) };
const vandaag = new Date('2026-11-22T12:00:00Z');

describe('invulhulp: a provider file from form values', () => {
  const fout = {
    naam: 'Nieuw Safehouse',
    regio: ['utrecht'],
    telefoon: '088 114',
    website: 'www.voorbeeld.nl',
    adres: 'Voorbeeldstraat 1, Venlo',
    laatst_gecontroleerd: '2099-01-01',
    bronnen: [{ document: 'wikipedia', sectie: 'Intro' }],
  };

  it('judges mistakes with the check, each tied to its field', () => {
    const problemen = controleerBestand('aanbieders', 'nieuw-safehouse', maakBestand('aanbieders', fout, ''), andere, referentie, vandaag);
    expect(problemen.map((p) => [p.veld, p.bericht])).toEqual([
      ['regio', expect.stringContaining('Regio(\'s) (regio → nr. 1): de regio "utrecht" bestaat niet.')],
      ['telefoon', 'Telefoonnummer (telefoon): "088 114" is geen geldig Nederlands telefoonnummer. Schrijf het zoals 077 123 45 67 of 06 1234 5678.'],
      ['website', 'Website (website): "www.voorbeeld.nl" moet beginnen met https:// (bijvoorbeeld https://www.voorbeeld.nl).'],
      [
        'adres',
        'Adres (adres): Het adres is onvolledig. Schrijf straat en huisnummer, postcode en plaats, zoals Voorbeeldstraat 1, 5911 AA Venlo; anders ontbreekt het in de open data.',
      ],
      ['bronnen', expect.stringContaining('Brondocument (bronnen → nr. 1 → document): "wikipedia" is geen toegestane waarde.')],
    ]);
  });

  it('a corrected provider passes, in schema order, with the body below', () => {
    const goed = {
      ...fout,
      regio: ['achterhoek'],
      telefoon: '088 114 95 50',
      website: 'https://www.voorbeeld.nl',
      adres: 'Voorbeeldstraat 1, 7001 AA Doetinchem',
      laatst_gecontroleerd: '2026-11-20',
      bronnen: [{ document: 'vng-handreiking', sectie: '§3.3' }],
    };
    const { bronnen, ...rest } = goed;
    const tekst = maakBestand('aanbieders', { bronnen, plaats: '', ...rest }, 'Een safehouse.');
    expect(controleerBestand('aanbieders', 'nieuw-safehouse', tekst, andere, referentie, vandaag)).toEqual([]);
    expect(tekst.split('\n').slice(0, 3)).toEqual(['---', 'naam: Nieuw Safehouse', 'regio:']);
    expect(tekst).not.toContain('plaats');
    expect(tekst.endsWith('---\n\nEen safehouse.\n')).toBe(true);
  });

  it.each(['aanbieders', 'regios'] as const)('every published %s file reads back into the same data', (soort) => {
    for (const pad of readdirSync(join(root, 'content', soort)).filter((f) => !f.startsWith('_'))) {
      const origineel = readFileSync(join(root, 'content', soort, pad), 'utf8');
      const { waarden, lichaam } = leesBestand(origineel);
      const opnieuw = leesBestand(maakBestand(soort, waarden, lichaam));
      expect(opnieuw.waarden, pad).toEqual(waarden);
      expect(opnieuw.lichaam.trim(), pad).toBe(lichaam.trim());
    }
  });
});
