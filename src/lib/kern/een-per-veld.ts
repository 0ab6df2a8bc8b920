// Its own module so the template form and the melding share it without either importing the other.
/**
 * One problem per field, the first the schema found: a summary that lists one field twice sends
 * a screen-reader user to the same place twice, and the field shows only one message anyway.
 */
export function eenPerVeld<T extends { pad: string }>(problemen: readonly T[]): T[] {
  const gezien = new Set<string>();
  return problemen.filter((p) => (gezien.has(p.pad) ? false : (gezien.add(p.pad), true)));
}
