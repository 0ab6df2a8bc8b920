import type { Gemeente } from './gemeenten.ts';
import { ALIASSEN, voormaligIn, type VoormaligeGemeente } from './namen.ts';
import { leesbareOpmerking } from './opmerking.ts';

/**
 * The answer to "Welke regio hoort bij mijn gemeente?". It always says the melding goes to the
 * gemeente's own Wmo-loket; it names region and centrumgemeente only where the reference data
 * has them (saying so when a row is inferred), and links to a region page when the portal has
 * one for this gemeente.
 */
export interface PortaalRegio {
  id: string;
  naam: string;
  gemeenten: readonly string[];
}

export interface RegioAntwoord {
  gemeente: string;
  /** Everyday name to search on as well, e.g. "Den Haag" for 's-Gravenhage. */
  alias: string | null;
  /** Former gemeenten (partly) in this one now, searchable by their old name (e.g. Weesp in Amsterdam). */
  voormalig: readonly VoormaligeGemeente[];
  /** A portal region a former gemeente belonged to, which its residents may still need. */
  ookRegio: { id: string; naam: string; voor: string } | null;
  provincie: string;
  meldingBij: string;
  bwRegio: string | null;
  centrumgemeente: string | null;
  /** The region is inferred in the reference data, not read from a source. */
  afgeleid: boolean;
  /** The portal's own region page, when it covers this gemeente. */
  portaalRegio: { id: string; naam: string } | null;
  opmerking: string | null;
}

/** Every name a gemeente can be found by: official, everyday and former. */
export const zoeknamen = (a: Pick<RegioAntwoord, 'gemeente' | 'alias' | 'voormalig'>): string[] =>
  [a.gemeente, a.alias, ...a.voormalig.map((v) => v.naam)].filter((n): n is string => Boolean(n));

export function regioAntwoord(gemeente: Gemeente, portaalRegios: readonly PortaalRegio[], bronnamen: Readonly<Record<string, string>> = {}): RegioAntwoord {
  const regio = portaalRegios.find((r) => r.gemeenten.includes(gemeente.naam)) ?? null;
  const voormalig = voormaligIn(gemeente.naam);
  const vroeger = voormalig.find((v) => v.regioVoorheen && v.regioVoorheen !== regio?.naam);
  const vroegereRegio = vroeger ? portaalRegios.find((r) => r.naam === vroeger.regioVoorheen) : undefined;
  return {
    gemeente: gemeente.naam,
    alias: ALIASSEN[gemeente.naam] ?? null,
    voormalig,
    ookRegio: vroeger && vroegereRegio ? { id: vroegereRegio.id, naam: vroegereRegio.naam, voor: vroeger.naam } : null,
    provincie: gemeente.provincie,
    meldingBij: `het Wmo-loket van de gemeente ${gemeente.naam}`,
    bwRegio: gemeente.bwRegio,
    centrumgemeente: gemeente.centrumgemeente,
    afgeleid: gemeente.zekerheid === 'afgeleid',
    portaalRegio: regio ? { id: regio.id, naam: regio.naam } : null,
    opmerking: gemeente.opmerking ? leesbareOpmerking(gemeente.opmerking, bronnamen) : null,
  };
}

/**
 * The region sentence of an answer, built as one string: in a template, line breaks between
 * expressions became spaces before the comma ("Noord- en Midden-Limburg , centrumgemeente").
 */
export function regioZin(a: RegioAntwoord): string {
  if (!a.bwRegio) return 'De regio beschermd wonen van deze gemeente is onbekend.';
  const centrum = a.centrumgemeente ? `, centrumgemeente ${a.centrumgemeente}` : '; de centrumgemeente is onbekend';
  return `Regio beschermd wonen: ${a.bwRegio}${centrum}.${a.afgeleid ? ' Let op: afgeleid, niet in een bron gelezen.' : ''}`;
}
