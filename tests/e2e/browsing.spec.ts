/** Finding one's way: index pages, comparison pages that decide, the 404 suggestion and the icons. */
import { expect, test } from '@playwright/test';
import { readCodeFiles, readFamilyCodeFiles, readFamilyFiles } from '../support/content';

const codes = readCodeFiles();
const familyCodes = readFamilyCodeFiles();
const families = readFamilyFiles();

test('/codes/ lists every code page, registered and family', async ({ page }) => {
  const response = await page.goto('/codes/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All close codes');
  for (const c of codes) {
    await expect(page.getByRole('table', { name: 'Registered close codes' }).getByRole('link', { name: String(c.code), exact: true })).toHaveAttribute('href', `/codes/${c.code}/`);
  }
  for (const f of families) {
    const list = page.getByRole('region', { name: f.name, exact: true }).getByRole('list');
    await expect(list.getByRole('link')).toHaveCount(familyCodes.filter((c) => c.family === f.slug).length);
  }
});

test('/compare/ lists the comparisons people look up below the form', async ({ page }) => {
  await page.goto('/compare/');
  const index = page.getByRole('region', { name: 'Comparisons people look up' });
  await expect(index.getByRole('link', { name: '1005 vs 1006', exact: true })).toHaveAttribute('href', '/compare/1005-vs-1006/');
  const count = await index.getByRole('link').count();
  expect(count).toBeGreaterThan(20);
  await index.getByRole('link', { name: '1005 vs 1006', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'How to Tell Them Apart' })).toBeVisible();
});

test('a comparison leads with the signs that tell the two codes apart', async ({ page }) => {
  await page.goto('/compare/1001-vs-1006/');
  const section = page.getByRole('region', { name: 'How to Tell Them Apart' });
  const signs = section.getByRole('table', { name: 'Observable signs of 1001 and 1006' });
  await expect(signs.getByRole('row', { name: /Close frame arrived/ })).toContainText('Yes, carrying 1001');
  await expect(signs.getByRole('row', { name: /wasClean/ })).toContainText('false');
  await expect(section.getByRole('listitem').filter({ hasText: 'If a Close frame never arrived, it is 1006' })).toBeVisible();
  // What 1006's file says about 1001, written by a person, comes first.
  await expect(section).toContainText('an exit without that frame shows up as 1006');
  // No placeholder boxes for code samples: the fixes link the exact steps instead.
  await expect(page.getByText(/Code sample on the/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What to Do' }).getByRole('link', { name: 'Reconnect with backoff and jitter' })).toHaveAttribute(
    'href',
    '/codes/1006/#4-reconnect-with-backoff-and-jitter',
  );
  // It is shorter than a phone's twelve screens now.
  await page.setViewportSize({ width: 390, height: 844 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(12 * 844);
});

test('a comparison nobody wrote about is kept out of search engines and the sitemap', async ({ page, request }) => {
  await page.goto('/compare/1003-vs-1004/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.goto('/compare/1005-vs-1006/');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/compare/1005-vs-1006/');
  expect(sitemap).not.toContain('/compare/1003-vs-1004/');
});

test('the 404 page suggests the page nearest the address', async ({ page }) => {
  await page.goto('/code/1006');
  await expect(page.getByRole('status').getByRole('link', { name: 'Close code 1006' })).toHaveAttribute('href', '/codes/1006/');
  await page.goto('/codes/discord-gateway/4004/');
  await expect(page.getByRole('status').getByRole('link')).toHaveAttribute('href', '/codes/4004/discord-gateway/');
  await page.goto('/compare/1006-vs-1001-extra/');
  await expect(page.getByRole('status').getByRole('link')).toHaveAttribute('href', /^\/compare\/\?a=1006&b=1001/);
});

test('the site has a favicon.ico and a touch icon', async ({ page, request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await page.goto('/');
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const png = await request.get(touch!);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toMatch(/image\/png/);
});
