// The handboek: sources per chapter, a stable and unique anchor for every numbered section,
// each linked from the chapter's table of contents, and a printable page with everything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, gebouwdePaginas } from './browser.ts';

const hoofdstukken = gebouwdePaginas().filter((p) => /^\/handboek\/[^/]+\/$/.test(p) && p !== '/handboek/alles/');
const lees = (pad: string) => readFileSync(join(DIST, pad.slice(1), 'index.html'), 'utf8');
const alles = lees('/handboek/alles/');

/** The numbered section anchors on a page, in order. */
const paragrafen = (html: string) => [...html.matchAll(/<h[2-6] id="(par-[\d-]+)"/g)].map((m) => m[1]!);

describe('handboek', () => {
  it('heeft negen hoofdstukken', () => {
    expect(hoofdstukken).toHaveLength(9);
  });

  it.each(hoofdstukken)('%s noemt zijn bronnen', (pad) => {
    expect(lees(pad)).toMatch(/<section class="bronnen"[\s\S]*?<cite>/);
  });

  it.each(hoofdstukken)('%s: elke paragraaf heeft een uniek anker dat in de inhoudsopgave staat', (pad) => {
    const html = lees(pad);
    const ankers = paragrafen(html);
    expect(ankers.length).toBeGreaterThan(2);
    expect(new Set(ankers).size).toBe(ankers.length);
    const nav = html.slice(html.indexOf('class="inhoudsopgave"'), html.indexOf('</nav>', html.indexOf('class="inhoudsopgave"')));
    const gelinkt = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    // Every h2/h3 section is in the table of contents (deeper ones are reached through them).
    const kern = [...html.matchAll(/<h[23] id="(par-[\d-]+)"/g)].map((m) => m[1]);
    expect(gelinkt).toEqual(kern);
    // All ids on the page are unique.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('de printpagina bevat elk hoofdstuk met al zijn paragrafen en bronnen, en geen dubbele ids', () => {
    for (const pad of hoofdstukken) {
      const titel = /<h1>([^<]+)<\/h1>/.exec(lees(pad))![1]!;
      expect(alles).toMatch(new RegExp(`<h2 id="hoofdstuk-[^"]+">\\s*\\d+\\. ${titel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*</h2>`));
      for (const anker of paragrafen(lees(pad))) expect(alles).toContain(`id="${anker}"`);
    }
    expect(alles.match(/<section class="bronnen"/g)).toHaveLength(hoofdstukken.length);
    const ids = [...alles.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('de printpagina blijft onder 80 KB HTML (gzip)', () => {
    expect(gzipSync(alles).length).toBeLessThanOrEqual(80 * 1024);
  });
});
