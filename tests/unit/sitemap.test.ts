import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '../../src/lib/site/sitemap.ts';

describe('sitemap and robots', () => {
  it('makes absolute, sorted addresses and escapes XML characters', () => {
    expect(sitemapXml('https://voorbeeld.nl/', ['/route/', '/', '/a&b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://voorbeeld.nl/</loc></url>\n  <url><loc>https://voorbeeld.nl/a&amp;b/</loc></url>\n  <url><loc>https://voorbeeld.nl/route/</loc></url>\n</urlset>\n',
    );
  });
  it('robots.txt names the sitemap only when the address is known', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://voorbeeld.nl')).toBe('User-agent: *\nAllow: /\nSitemap: https://voorbeeld.nl/sitemap.xml\n');
  });
});
