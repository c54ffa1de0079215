/** Handshake diagrams and social preview images: on every code and comparison page, and as a visitor sees them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { attr, DIST, htmlFiles, isRedirectPage, metaContent, read, urlPath } from '../support/dist';

interface Published {
  codes: { url: string }[];
  familyCodes: { url: string }[];
}
const published = JSON.parse(read(join(DIST, 'codes.json'))) as Published;
const codePages = [...published.codes, ...published.familyCodes].map((c) => new URL(c.url).pathname);
const comparePages = htmlFiles(join(DIST, 'compare'))
  .filter((f) => !isRedirectPage(read(f)))
  .map(urlPath)
  .filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p));

/** Width and height from a PNG's IHDR chunk, or undefined if the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const png = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const fileOf = (path: string) => join(DIST, path, path.endsWith('/') ? 'index.html' : '');

test('the site has code pages and comparison pages to check', () => {
  expect(codePages.length).toBeGreaterThan(100);
  expect(comparePages.length).toBeGreaterThan(1000);
});

test('every code page has one handshake diagram and every comparison page two, each an existing SVG with a text alternative', () => {
  const problems: string[] = [];
  for (const [paths, count] of [
    [codePages, 1],
    [comparePages, 2],
  ] as const) {
    for (const path of paths) {
      const html = read(fileOf(path));
      const images = [...html.matchAll(/<figure class="hs"><img ([^>]*)>/g)].map((m) => m[1]!);
      if (images.length !== count) problems.push(`${path}: ${images.length} diagrams`);
      for (const img of images) {
        const src = attr(img, /src="([^"]+)"/g)[0] ?? '';
        const alt = attr(img, /alt="([^"]*)"/g)[0] ?? '';
        if (!/^\/handshake\/[a-z0-9-]+\.svg$/.test(src) || !existsSync(join(DIST, src))) problems.push(`${path}: missing ${src}`);
        if (alt.length < 20) problems.push(`${path}: alt "${alt}"`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('every code page and comparison page names a 1200×630 PNG social image that exists', () => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const path of [...codePages, ...comparePages]) {
    const html = read(fileOf(path));
    const image = metaContent(html, 'og:image');
    if (!image) {
      problems.push(`${path}: no og:image`);
      continue;
    }
    const file = join(DIST, new URL(image).pathname);
    const size = existsSync(file) ? pngSize(file) : undefined;
    if (size?.width !== 1200 || size.height !== 630) problems.push(`${path}: ${image} is ${size ? `${size.width}×${size.height}` : 'missing or not a PNG'}`);
    if (metaContent(html, 'og:image:width') !== '1200' || metaContent(html, 'og:image:height') !== '630') problems.push(`${path}: size tags`);
    if ((metaContent(html, 'og:image:alt') ?? '').length < 10) problems.push(`${path}: no og:image:alt`);
    if (metaContent(html, 'twitter:card') !== 'summary_large_image') problems.push(`${path}: twitter:card`);
    if (seen.has(image)) problems.push(`${path}: shares ${image} with another page`);
    seen.add(image);
  }
  expect(problems).toEqual([]);
});

/** Loads the diagram (it is lazy) and returns the colour of one pixel of the drawing, as the page shows it. */
async function pixel(page: Page, name: RegExp, x: number, y: number): Promise<string> {
  const img = page.getByRole('img', { name });
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  return img.evaluate(
    (el: HTMLImageElement, [px, py]) => {
      const canvas = document.createElement('canvas');
      canvas.width = el.naturalWidth;
      canvas.height = el.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(el, 0, 0);
      return Array.from(ctx.getImageData(px!, py!, 1, 1).data.slice(0, 3)).join(',');
    },
    [x, y],
  );
}

test('the 1006 page shows its handshake: no Close frame, and a CloseEvent that was not clean', async ({ page }) => {
  await page.goto('/codes/1006/');
  const figure = page.getByRole('figure', { name: /How 1006 ends a connection/ });
  await expect(figure).toBeVisible();
  const img = figure.getByRole('img', { name: /TCP\/TLS connection ends.*code 1006, wasClean false/ });
  await expect(img).toBeVisible();
  await expect(figure.getByRole('link', { name: 'RFC 6455 §7.1.5' })).toHaveAttribute('href', /rfc6455#section-7\.1\.5$/);
  // The header box behind "Client" is drawn in the light token --bg-soft (#f5f7fa).
  expect(await pixel(page, /TCP\/TLS connection ends/, 20, 15)).toBe('245,247,250');
});

test('the handshake follows the dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/codes/1006/');
  // In dark mode the same box takes the dark --bg-soft (#171b21).
  expect(await pixel(page, /TCP\/TLS connection ends/, 20, 15)).toBe('23,27,33');
});

test('a family code page shows its own handshake', async ({ page }) => {
  await page.goto('/codes/4004/discord-gateway/');
  const figure = page.getByRole('figure', { name: /How Discord Gateway 4004 ends a connection/ });
  await expect(figure.getByRole('img', { name: /From server to client: Close 4004 \+ reason.*code 4004, wasClean true/ })).toBeVisible();
});

test('a comparison page shows both handshakes side by side on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/compare/1005-vs-1006/');
  const empty = page.getByRole('img', { name: /Close \(no payload\).*code 1005, wasClean true/ });
  const dropped = page.getByRole('img', { name: /TCP\/TLS connection ends.*code 1006, wasClean false/ });
  await expect(empty).toBeVisible();
  await expect(dropped).toBeVisible();
  const [a, b] = [await empty.boundingBox(), await dropped.boundingBox()];
  expect(a!.x).toBeLessThan(b!.x);
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(5);
});

test('the handshake fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/codes/1000/');
  const img = page.getByRole('img', { name: /Close 1000 \+ reason/ });
  await img.scrollIntoViewIfNeeded();
  const box = await img.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a social image is served as a PNG', async ({ request }) => {
  const response = await request.get('/og/1006.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
