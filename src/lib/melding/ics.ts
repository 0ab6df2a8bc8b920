import { plusDagen } from '../kern/datum.ts';
import { WEKEN_TOT_BESLISSING, type Tijdlijn } from './termijnen.ts';

/**
 * A calendar file (RFC 5545) with the key dates of a melding, made in the browser. All-day
 * events, so no time zone is involved. The file may end up in a shared calendar (a team's, a
 * family's), so by default the titles say nothing about addiction, a clinic or a safehouse, and
 * name no person; detailed titles only when the person asks for them (a tick box by the
 * download). Every export gets a random UID: calendars treat a UID they know as an update, so a
 * UID made from the date would let a second melding of the same day overwrite the first.
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

type Soort = 'melding' | 'beslissing' | 'ontslag';
/** The events' UID suffixes: numbers, so not even the UID says "ontslag". */
const VOLGNUMMER: Record<Soort, number> = { melding: 1, beslissing: 2, ontslag: 3 };

/** The event titles: neutral for a shared calendar, or detailed when asked for. */
const AGENDA_TITELS: Record<'neutraal' | 'uitgebreid', Record<Soort, string>> = {
  neutraal: {
    melding: 'Melding bij de gemeente gedaan',
    beslissing: 'Uiterste datum besluit gemeente',
    ontslag: 'Belangrijke datum (zie de melding)',
  },
  uitgebreid: {
    melding: 'Melding beschermd wonen (safehouse) gedaan',
    beslissing: `Uiterste datum beslissing gemeente volgens de VNG-handreiking (${WEKEN_TOT_BESLISSING} weken na ontvangst van de melding)`,
    ontslag: 'Verwachte ontslagdatum kliniek',
  },
};

export function meldingAgenda(t: Tijdlijn, gemaaktOp: string, opties: { uitgebreid?: boolean; uid?: string } = {}): string {
  const titels = AGENDA_TITELS[opties.uitgebreid ? 'uitgebreid' : 'neutraal'];
  const uid = opties.uid ?? crypto.randomUUID();
  const gebeurtenissen: [Soort, string][] = [
    ['melding', t.meldingsdatum],
    ['beslissing', t.beslissingUiterlijk],
  ];
  if (t.verwachteOntslagdatum) gebeurtenissen.push(['ontslag', t.verwachteOntslagdatum]);
  const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Melding gemeente//Datums//NL', 'CALSCALE:GREGORIAN'];
  for (const [soort, datum] of gebeurtenissen) {
    regels.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${VOLGNUMMER[soort]}`,
      `DTSTAMP:${icsDatum(gemaaktOp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDatum(datum)}`,
      `DTEND;VALUE=DATE:${icsDatum(plusDagen(datum, 1))}`,
      vouw(`SUMMARY:${escape(titels[soort])}`),
      'END:VEVENT',
    );
  }
  regels.push('END:VCALENDAR');
  return `${regels.join('\r\n')}\r\n`;
}
