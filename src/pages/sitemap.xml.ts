import type { APIRoute } from 'astro';
import { allCodes, comparisons, families, numberRoutes } from '../routing';
import { codePath } from '../lib/pairs';
import { pairIsWritten } from '../lib/differences';

/** Only canonical pages: redirects, unlisted pages and noindex comparisons stay out. */
export const GET: APIRoute = ({ site }) => {
  const paths = [
    '/',
    '/codes/',
    '/link/',
    '/diagnose/',
    '/timeouts/',
    ...allCodes.map((v) => v.path),
    ...numberRoutes.filter((r) => !r.entry && r.meanings.length > 0).map((r) => codePath(r.code)),
    ...families.map((f) => f.path),
    ...comparisons.filter((c) => pairIsWritten(c.left, c.right, !!c.note)).map((c) => `/compare/${c.slug}/`),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
