/**
 * Byte budgets over every built page: what a page needs for first paint (its HTML and the
 * stylesheets it links) must fit the first TCP round trip, 14 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { attr, DIST, htmlFiles, urlPath } from '../support/dist';

const FIRST_ROUND_TRIP = 14 * 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

const cssCache = new Map<string, number>();
function stylesheetBytes(href: string): number {
  if (!cssCache.has(href)) cssCache.set(href, gz(readFileSync(join(DIST, href))));
  return cssCache.get(href)!;
}

test('every page fits its first paint (HTML + CSS) in 14 KB gzipped', () => {
  const sizes = htmlFiles().map((file) => {
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link [^>]*rel="stylesheet"[^>]*>/g)]
      .flatMap((m) => attr(m[0], /href="([^"]+)"/g))
      .reduce((sum, href) => sum + stylesheetBytes(href), 0);
    return { path: urlPath(file), bytes: gz(html) + css };
  });
  const heaviest = [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  console.log(
    `heaviest first paint (HTML + CSS, gzipped), budget ${FIRST_ROUND_TRIP} B:\n` +
      heaviest.map((s) => `  ${s.bytes} B  ${s.path}`).join('\n'),
  );
  expect(sizes.length).toBeGreaterThan(10_000);
  expect(sizes.filter((s) => s.bytes > FIRST_ROUND_TRIP)).toEqual([]);
});

test('no page needs JavaScript before the visitor interacts', () => {
  const blocking: string[] = [];
  for (const file of htmlFiles()) {
    for (const m of readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)) {
      const attrs = m[1]!;
      const deferred = /type="module"/.test(attrs) || /\b(defer|async)\b/.test(attrs);
      const data = /type="application\/ld\+json"/.test(attrs);
      if (!deferred && !data) blocking.push(`${urlPath(file)}: <script${attrs}>`);
    }
  }
  expect(blocking).toEqual([]);
});

test('the site uses no web fonts', () => {
  const assets = readdirSync(join(DIST, '_astro'));
  expect(assets.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
  for (const css of assets.filter((f) => f.endsWith('.css'))) {
    expect(readFileSync(join(DIST, '_astro', css), 'utf8')).not.toMatch(/@font-face/);
  }
});

test('the search code a first search loads stays small', () => {
  // The /diagnose/ page's own code (its chunks are named after it) has its budget in diagnose.spec.ts.
  const js = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js') && !/^diagnose/i.test(f));
  const total = js.reduce((sum, f) => sum + gz(readFileSync(join(DIST, '_astro', f))), 0);
  console.log(`site JavaScript, gzipped: ${total} B over ${js.length} files`);
  expect(total).toBeLessThan(10 * 1024);
});
