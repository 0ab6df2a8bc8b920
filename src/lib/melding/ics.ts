import { datumVoluit, plusDagen } from '../kern/datum.ts';
import { WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_ONDERZOEK, WEKEN_VNG_TELLING, type Tijdlijn } from './termijnen.ts';

/**
 * A calendar file (RFC 5545) with the key dates of a melding, made in the browser. All-day
 * events, so no time zone is involved. The summary names no person: the file may end up in a
 * shared calendar.
 */
function icsDatum(iso: string): string {
  return iso.replace(/-/g, '');
}

function escape(tekst: string): string {
  return tekst.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds lines longer than 75 octets, as the standard asks. */
function vouw(regel: string): string {
  const bytes = new TextEncoder().encode(regel);
  if (bytes.length <= 75) return regel;
  const delen: string[] = [];
  let huidig = '';
  for (const teken of regel) {
    if (new TextEncoder().encode(huidig + teken).length > (delen.length === 0 ? 75 : 74)) {
      delen.push(huidig);
      huidig = '';
    }
    huidig += teken;
  }
  delen.push(huidig);
  return delen.join('\r\n ');
}

export function meldingAgenda(t: Tijdlijn, gemaaktOp: string, uid: string): string {
  // The terms run from the day the gemeente receives the melding; the file says which day it assumed.
  const aanname = `Berekend alsof de gemeente de melding op ${datumVoluit(t.ontvangst)} ontving. Ontvangt de gemeente de melding later, dan schuift deze datum mee.`;
  const gebeurtenissen: [string, string, string, string][] = [
    [
      'onderzoek',
      t.onderzoekUiterlijk,
      `Onderzoek gemeente uiterlijk klaar (${WEKEN_ONDERZOEK} weken na ontvangst van de melding, Wmo 2015 art. 2.3.2)`,
      aanname,
    ],
    [
      'beslissing',
      t.beslissingVolgensVng,
      `Besluit gemeente volgens de telling van de VNG-handreiking (${WEKEN_VNG_TELLING} weken na ontvangst, geen wettelijke termijn)`,
      `${aanname} Wettelijk beslist de gemeente binnen ${WEKEN_BESLUIT_NA_AANVRAAG} weken na de aanvraag (Wmo 2015 art. 2.3.5).`,
    ],
  ];
  if (t.verwachteOntslagdatum) gebeurtenissen.push(['ontslag', t.verwachteOntslagdatum, 'Verwachte ontslagdatum kliniek', '']);
  const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Safehouse-portaal//Melding//NL', 'CALSCALE:GREGORIAN'];
  for (const [soort, datum, titel, uitleg] of gebeurtenissen) {
    regels.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${soort}@safehouse-portaal`,
      `DTSTAMP:${icsDatum(gemaaktOp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDatum(datum)}`,
      `DTEND;VALUE=DATE:${icsDatum(plusDagen(datum, 1))}`,
      vouw(`SUMMARY:${escape(titel)}`),
      ...(uitleg ? [vouw(`DESCRIPTION:${escape(uitleg)}`)] : []),
      'END:VEVENT',
    );
  }
  regels.push('END:VCALENDAR');
  return `${regels.join('\r\n')}\r\n`;
}
