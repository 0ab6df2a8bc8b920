import { datumVoluit, plusDagen } from '../kern/datum.ts';
import { WEKEN_BESLUIT_NA_AANVRAAG, WEKEN_ONDERZOEK, WEKEN_VNG_TELLING, type Tijdlijn } from './termijnen.ts';

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

type Soort = 'onderzoek' | 'beslissing' | 'ontslag';
/** The events' UID suffixes: numbers, so not even the UID says "ontslag". */
const VOLGNUMMER: Record<Soort, number> = { onderzoek: 1, beslissing: 2, ontslag: 3 };

/** The event titles: neutral for a shared calendar, or detailed when asked for. */
const AGENDA_TITELS: Record<'neutraal' | 'uitgebreid', Record<Soort, string>> = {
  neutraal: {
    onderzoek: 'Uiterste datum onderzoek gemeente',
    beslissing: 'Datum besluit gemeente (telling VNG)',
    ontslag: 'Belangrijke datum (zie de melding)',
  },
  uitgebreid: {
    onderzoek: `Onderzoek gemeente uiterlijk klaar (${WEKEN_ONDERZOEK} weken na ontvangst van de melding, Wmo 2015 art. 2.3.2)`,
    beslissing: `Besluit gemeente volgens de telling van de VNG-handreiking (${WEKEN_VNG_TELLING} weken na ontvangst, geen wettelijke termijn)`,
    ontslag: 'Verwachte ontslagdatum kliniek',
  },
};

export function meldingAgenda(t: Tijdlijn, gemaaktOp: string, opties: { uitgebreid?: boolean; uid?: string } = {}): string {
  const titels = AGENDA_TITELS[opties.uitgebreid ? 'uitgebreid' : 'neutraal'];
  const uid = opties.uid ?? crypto.randomUUID();
  // The terms run from the day the gemeente receives the melding; the file says which day it assumed.
  const aanname = `Berekend alsof de gemeente de melding op ${datumVoluit(t.ontvangst)} ontving. Ontvangt de gemeente de melding later, dan schuift deze datum mee.`;
  const gebeurtenissen: [Soort, string, string][] = [
    ['onderzoek', t.onderzoekUiterlijk, aanname],
    [
      'beslissing',
      t.beslissingVolgensVng,
      `${aanname} Wettelijk beslist de gemeente binnen ${WEKEN_BESLUIT_NA_AANVRAAG} weken na de aanvraag (Wmo 2015 art. 2.3.5).`,
    ],
  ];
  if (t.verwachteOntslagdatum) gebeurtenissen.push(['ontslag', t.verwachteOntslagdatum, '']);
  const regels = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Melding gemeente//Datums//NL', 'CALSCALE:GREGORIAN'];
  for (const [soort, datum, uitleg] of gebeurtenissen) {
    regels.push(
      'BEGIN:VEVENT',
      `UID:${uid}-${VOLGNUMMER[soort]}`,
      `DTSTAMP:${icsDatum(gemaaktOp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDatum(datum)}`,
      `DTEND;VALUE=DATE:${icsDatum(plusDagen(datum, 1))}`,
      vouw(`SUMMARY:${escape(titels[soort])}`),
      ...(uitleg ? [vouw(`DESCRIPTION:${escape(uitleg)}`)] : []),
      'END:VEVENT',
    );
  }
  regels.push('END:VCALENDAR');
  return `${regels.join('\r\n')}\r\n`;
}
