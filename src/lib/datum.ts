/** "2026-11-22" → "22 november 2026", for dates shown on pages (calendar dates, no time zone). */
export function formatDatum(iso: string): string {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(jaar, maand - 1, dag)).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
