import type { APIRoute } from 'astro';
import { codes, comparisons } from '../routing';
import { codePath, comparePath } from '../lib/pairs';

/** Only canonical pages: redirects and unlisted pages stay out. */
export const GET: APIRoute = ({ site }) => {
  const paths = ['/', '/link/', ...codes.map((e) => codePath(e.data.code)), ...comparisons.map((c) => comparePath(c.a, c.b))];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
