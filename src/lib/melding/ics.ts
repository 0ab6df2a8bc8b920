import { plusDagen } from '../kern/datum.ts';
import { WEKEN_TOT_BESLISSING, type Tijdlijn } from './termijnen.ts';

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
  const gebeurtenissen: [string, string, string][] = [
    ['melding', t.meldingsdatum, 'Melding beschermd wonen (safehouse) gedaan'],
    [
      'beslissing',
      t.beslissingUiterlijk,
      `Uiterste datum beslissing gemeente volgens de VNG-handreiking (${WEKEN_TOT_BESLISSING} weken na ontvangst van de melding)`,
    ],
  ];
  if (t.verwachteOntslagdatum) gebeurtenissen.push(['ontslag', t.verwachteOntslagdatum, 'Verwachte ontslagdatum kliniek']);
  const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Safehouse-portaal//Melding//NL', 'CALSCALE:GREGORIAN'];
  for (const [soort, datum, titel] of gebeurtenissen) {
    regels.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${soort}@safehouse-portaal`,
      `DTSTAMP:${icsDatum(gemaaktOp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDatum(datum)}`,
      `DTEND;VALUE=DATE:${icsDatum(plusDagen(datum, 1))}`,
      vouw(`SUMMARY:${escape(titel)}`),
      'END:VEVENT',
    );
  }
  regels.push('END:VCALENDAR');
  return `${regels.join('\r\n')}\r\n`;
}
