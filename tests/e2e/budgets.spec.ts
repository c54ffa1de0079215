/**
 * Byte budgets over every built page. First paint needs two things that travel separately: the HTML,
 * which must arrive in the first TCP round trip (an initial window of ten segments, about 14 KB), and
 * the render-blocking stylesheets it links, which the browser can only ask for once the HTML's head has
 * arrived, so they take a round trip of their own whatever their size. Each has its budget: the HTML
 * 14 KB gzipped, the stylesheets a page links 5 KB gzipped together (shared by every page of a kind,
 * so cached after the first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { attr, DIST, htmlFiles, scriptsLoadedBy, urlPath } from '../support/dist';

const FIRST_ROUND_TRIP = 14 * 1024;
const STYLESHEETS = 5 * 1024;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

const cssCache = new Map<string, number>();
function stylesheetBytes(href: string): number {
  if (!cssCache.has(href)) cssCache.set(href, gz(readFileSync(join(DIST, href))));
  return cssCache.get(href)!;
}

test('every page’s HTML fits the first round trip (14 KB gzipped) and its stylesheets 5 KB', () => {
  const sizes = htmlFiles().map((file) => {
    const text = readFileSync(file, 'utf8');
    const css = [...text.matchAll(/<link [^>]*rel="stylesheet"[^>]*>/g)]
      .flatMap((m) => attr(m[0], /href="([^"]+)"/g))
      .reduce((sum, href) => sum + stylesheetBytes(href), 0);
    return { path: urlPath(file), html: gz(text), css };
  });
  const heaviest = [...sizes].sort((a, b) => b.html - a.html).slice(0, 5);
  console.log(
    `heaviest HTML (gzipped), budget ${FIRST_ROUND_TRIP} B; its stylesheets, budget ${STYLESHEETS} B:\n` +
      heaviest.map((s) => `  ${s.html} B + ${s.css} B  ${s.path}`).join('\n'),
  );
  expect(sizes.length).toBeGreaterThan(10_000);
  expect(sizes.filter((s) => s.html > FIRST_ROUND_TRIP)).toEqual([]);
  expect(sizes.filter((s) => s.css > STYLESHEETS)).toEqual([]);
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
  const assets = readdirSync(join(DIST, '_astro'));
  const entry = assets.find((f) => f.startsWith('Search.astro') && f.endsWith('.js'));
  expect(entry, 'the search box script').toBeDefined();
  // The word index and the log-line reader (with the patterns it shares with /diagnose/) load only for a query with words.
  const isReader = (f: string) => /^(search-reader|log-lines|word-index)\./.test(f);
  const first = scriptsLoadedBy(entry!, isReader);
  const withReader = scriptsLoadedBy(entry!);
  expect(first.some((f) => f.startsWith('search-ui.')), 'the search code loaded on demand').toBe(true);
  expect(withReader.filter(isReader).map((f) => f.split('.')[0]).sort(), 'the word index and log-line reader loaded on demand').toEqual([
    'log-lines',
    'search-reader',
    'word-index',
  ]);
  const size = (files: string[]) => files.reduce((sum, f) => sum + gz(readFileSync(join(DIST, '_astro', f))), 0);
  const site = assets.filter((f) => f.endsWith('.js'));
  console.log(
    `search JavaScript, gzipped: ${size(first)} B for a number, ${size(withReader)} B with the word index and log-line reader (whole site: ${size(site)} B over ${site.length} files)`,
  );
  expect(size(first)).toBeLessThan(10 * 1024);
  expect(size(withReader)).toBeLessThan(18 * 1024);
});
