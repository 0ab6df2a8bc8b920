// The melding island is client:only, so the site-wide link check never sees its links. Every
// "Waarom vragen we dit?" link (and the other fixed links in the form's data) must point at a
// page AND a section id that exist in the built site.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ALLE_VELDEN } from '../../src/lib/melding/formulier.ts';
import { FORMULIER_TEKST } from '../../src/lib/ui-tekst.ts';
import { DIST } from './browser.ts';

const links: [string, string][] = [...ALLE_VELDEN.map((v): [string, string] => [v.pad, v.waarom.link]), ['invuller', FORMULIER_TEKST.startWaarom.link]];

describe('"Waarom vragen we dit?" links of the melding form', () => {
  it.each(links)('%s → %s exists, with that anchor', (_, link) => {
    const url = new URL(link, 'http://site/melding/');
    expect(url.hash.length, 'een anker naar de sectie').toBeGreaterThan(1);
    const bestand = join(DIST, url.pathname.slice(1), 'index.html');
    expect(existsSync(bestand), `${url.pathname} in dist`).toBe(true);
    const ids = new Set(
      parse(readFileSync(bestand, 'utf8'))
        .querySelectorAll('[id]')
        .map((element) => element.id),
    );
    expect(ids.has(decodeURIComponent(url.hash.slice(1))), `#${url.hash.slice(1)} op ${url.pathname}`).toBe(true);
  });
});
