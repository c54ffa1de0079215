/**
 * The built site behind a real nginx with the snippet the build generated (dist.nginx.conf), started
 * by scripts/nginx-server.mjs as a production server block would include it. What a visitor and a
 * crawler get from that host: permanent redirects, the security headers, caching, the 404 page, search.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { splitComparisonSlug } from '../../src/lib/host-files';
import { SECURITY_HEADERS } from '../../src/lib/security';
import { readCodeFiles } from '../support/content';
import { DIST, isRedirectPage } from '../support/dist';

const documented = readCodeFiles().map((c) => c.code);

/** Every comparison folder the build wrote, as a page or as the static redirect page of a reversed address. */
const compareFolders = readdirSync(join(DIST, 'compare'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(DIST, 'compare', e.name, 'index.html')))
  .map((e) => ({ slug: e.name, html: readFileSync(join(DIST, 'compare', e.name, 'index.html'), 'utf8') }));
const comparisons = compareFolders.filter((f) => !isRedirectPage(f.html)).map((f) => f.slug);
const redirectPages = compareFolders
  .filter((f) => isRedirectPage(f.html))
  .map((f) => ({ from: `/compare/${f.slug}/`, to: /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(f.html)?.[1] }));
const stylesheet = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'));

function expectRedirect(response: APIResponse, location: string, what: string) {
  expect(response.status(), what).toBe(301);
  expect(response.headers()['location'], what).toBe(location);
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  }
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
}

test('short links of documented codes answer 301 to the code page, with and without the slash', async ({ request }) => {
  expect(documented.length).toBeGreaterThan(10);
  for (const code of documented) {
    for (const path of [`/${code}`, `/${code}/`]) {
      expectRedirect(await request.get(path, { maxRedirects: 0 }), `/codes/${code}/`, path);
    }
  }
});

test('every number 0–4999 has a short link; other numbers do not', async ({ request }) => {
  for (const n of [0, 7, 42, 404, 999, 1000, 2000, 2999, 3500, 4321, 4999]) {
    expectRedirect(await request.get(`/${n}`, { maxRedirects: 0 }), `/codes/${n}/`, `/${n}`);
  }
  for (const path of ['/5000', '/10000', '/01006', '/-1', '/1006x']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('a short link keeps its query string', async ({ request }) => {
  expectRedirect(await request.get('/1006?from=log', { maxRedirects: 0 }), '/codes/1006/?from=log', '/1006?from=log');
});

test('every reversed comparison answers 301 to the comparison page, with and without the slash', async ({ request }) => {
  expect(comparisons.length).toBeGreaterThan(100);
  for (const slug of comparisons) {
    const [a, b] = splitComparisonSlug(slug)!;
    const reversed = `/compare/${b}-vs-${a}/`;
    expectRedirect(await request.get(reversed, { maxRedirects: 0 }), `/compare/${slug}/`, reversed);
    expectRedirect(await request.get(reversed.slice(0, -1), { maxRedirects: 0 }), `/compare/${slug}/`, reversed.slice(0, -1));
  }
});

test('nginx sends every address with a static redirect page where that page points', async ({ request }) => {
  expect(redirectPages.length).toBeGreaterThan(100);
  for (const { from, to } of redirectPages) expectRedirect(await request.get(from, { maxRedirects: 0 }), to!, from);
});

test('comparison and code pages are served, not redirected', async ({ request }) => {
  for (const path of ['/compare/1010-vs-1014/', '/compare/1005-vs-1006/', '/codes/1006/', '/codes/4321/', '/']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test('a folder without its slash answers 301 to the folder, by path', async ({ request }) => {
  expectRedirect(await request.get('/codes/1006', { maxRedirects: 0 }), '/codes/1006/', '/codes/1006');
});

test('every kind of response carries every security header, frame-ancestors included', async ({ request }) => {
  const paths = ['/', '/codes/1006/', '/compare/1010-vs-1014/', '/1006', '/compare/1014-vs-1010/', '/codes/99999/', `/_astro/${stylesheet}`, '/pagefind/pagefind.js', '/codes.json'];
  for (const path of paths) expectSecurityHeaders(await request.get(path, { maxRedirects: 0 }), path);
});

test('hashed assets are cached for a year, pages are not', async ({ request }) => {
  const asset = await request.get(`/_astro/${stylesheet}`);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toMatch(/^text\/css/);
  expect((await request.get('/codes/1006/')).headers()['cache-control']).toBeUndefined();
});

test('text is compressed', async ({ request }) => {
  const page = await request.get('/codes/1006/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
});

test('configuration for other hosts is not served', async ({ request }) => {
  for (const path of ['/_headers', '/_redirects']) expect((await request.get(path)).status(), path).toBe(404);
});

test('/codes/99999/ gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/codes/99999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main')).toContainText('1000 to 4999');
});

test('a fragment survives a short link', async ({ page }) => {
  await page.goto('/1006#how-to-fix');
  await expect(page).toHaveURL(/\/codes\/1006\/#how-to-fix$/);
  await expect(page.locator('#how-to-fix')).toBeInViewport();
});

test('search finds a code', async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== new URL(baseURL!).origin) violations.push(`request to ${req.url()}`);
  });
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('1006');
  const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
  await expect(first).toContainText('1006 Abnormal Closure');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/1006\/$/);
  expect(violations).toEqual([]);
});
