import { describe, expect, it } from 'vitest';
import { htmlNaarTekst } from '../../src/lib/content/html-tekst.ts';

describe('htmlNaarTekst', () => {
  it.each([
    ['<strong>Wie</strong> regelt het', 'Wie regelt het'],
    ['Bron &amp; sectie', 'Bron & sectie'],
    ['&#x27;s-Gravenhage en &#39;t Zand', "'s-Gravenhage en 't Zand"],
    ['a&nbsp;b', 'a b'],
    // One pass: an escaped entity stays an entity, it does not become a tag.
    ['&amp;lt;b&amp;gt;', '&lt;b&gt;'],
  ])('%j → %j', (html, tekst) => {
    expect(htmlNaarTekst(html)).toBe(tekst);
  });
});
