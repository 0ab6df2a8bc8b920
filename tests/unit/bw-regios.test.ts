import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesBwRegios, regioPaginaVoor, slugVanNaam } from '../../src/lib/gemeenten/bw-regios.ts';

const root = join(import.meta.dirname, '../..');
const regios = leesBwRegios(readFileSync(join(root, 'src/data/bw_regios.csv'), 'utf8'));

describe('regions beschermd wonen of the reference data', () => {
  it('reads all 37, each with members and a unique page address', () => {
    expect(regios).toHaveLength(37);
    const slugs = regios.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(37);
    for (const r of regios) {
      expect(r.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.gemeenten.length, r.naam).toBeGreaterThan(0);
    }
    expect(slugVanNaam('Twente, centrumregio Almelo')).toBe('twente-centrumregio-almelo');
    expect(slugVanNaam('Fryslân')).toBe('fryslan');
  });

  it('keeps an unnamed centrumgemeente unknown instead of guessing', () => {
    expect(regios.find((r) => r.naam === 'Midden-Holland')?.centrumgemeente).toBeNull();
    expect(regios.find((r) => r.naam === 'Achterhoek')?.centrumgemeente).toBe('Doetinchem');
  });

  it('a region with its own content file keeps that page', () => {
    const eigen = [
      { id: 'achterhoek', naam: 'Achterhoek' },
      { id: 'noord-en-midden-limburg', naam: 'Noord- en Midden-Limburg' },
    ];
    expect(
      regioPaginaVoor(
        regios.find((r) => r.naam === 'Achterhoek')!,
        eigen,
      ),
    ).toEqual({ id: 'achterhoek', eigen: true });
    expect(
      regioPaginaVoor(
        regios.find((r) => r.naam === 'Zeeland')!,
        eigen,
      ),
    ).toEqual({ id: 'zeeland', eigen: false });
  });
});
