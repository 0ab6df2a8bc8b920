/**
 * sitemap.xml and robots.txt. A sitemap needs absolute URLs, so it is only made when the build
 * knows the site's address (SITE_URL); robots.txt is always there.
 */
function escapeXml(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sitemapXml(site: string, paden: readonly string[]): string {
  const basis = site.replace(/\/+$/, '');
  const urls = [...paden].sort().map((pad) => `  <url><loc>${escapeXml(basis + pad)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: string | undefined): string {
  const regels = ['User-agent: *', 'Allow: /'];
  if (site) regels.push(`Sitemap: ${site.replace(/\/+$/, '')}/sitemap.xml`);
  return `${regels.join('\n')}\n`;
}
