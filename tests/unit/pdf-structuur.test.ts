// The structure tree the PDF blocks build (src/lib/pdf/structuur.ts): what becomes one table.
import { describe, expect, it } from 'vitest';
import { StructuurBouwer } from '../../src/lib/pdf/structuur.ts';

const rollen = (s: StructuurBouwer) => s.elementen.map((e) => `${e.rol}<${e.ouder ?? '-'}`);

describe('StructuurBouwer', () => {
  it('puts rows that follow each other in one table, each row a header and a cell', () => {
    const s = new StructuurBouwer();
    const a = s.tabelRij();
    const b = s.tabelRij();
    expect(rollen(s)).toEqual(['Document<-', 'Table<0', 'TR<1', 'TH<2', 'TD<2', 'TR<1', 'TH<5', 'TD<5']);
    expect([a.th, a.td, b.th, b.td]).toEqual([3, 4, 6, 7]);
  });

  it('ends the table at anything else on the top level, also a heading; a new row then starts a new table', () => {
    const s = new StructuurBouwer();
    s.tabelRij();
    s.voegToe('H2', undefined, 'Cliënt');
    s.tabelRij();
    expect(s.elementen.filter((e) => e.rol === 'Table')).toHaveLength(2);
    expect(s.elementen.find((e) => e.rol === 'H2')?.bladwijzer).toBe('Cliënt');
  });

  it('keeps the table open when something is added inside another element', () => {
    const s = new StructuurBouwer();
    s.tabelRij();
    const lijst = s.elementen.length;
    s.voegToe('LI', 1);
    s.tabelRij();
    expect(s.elementen.filter((e) => e.rol === 'Table')).toHaveLength(1);
    expect(s.elementen[lijst]).toEqual({ rol: 'LI', ouder: 1 });
  });
});
