/**
 * What a visitor sees and does on the built site, in Chromium. What every comparison of two registered
 * codes shows is read from dist/; the browser opens a few chosen by a rule (see browserPairs()).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { noteSlugs, readCodeFiles, readFamilyCodeFiles } from '../support/content';
import { hasStaticComparison } from '../../src/lib/static-pairs';
import { keySlug } from '../../src/lib/pairs';
import { DIST } from '../support/dist';
import { hiddenByMarkup, pageAt } from '../support/html';

const codes = readCodeFiles();
const familyCodes = readFamilyCodeFiles();
const notes = new Set(noteSlugs());
const everyCode = [
  ...codes.map((c) => ({ key: { code: c.code }, related: c.related.map((r) => keySlug({ code: r.code, family: r.family })) })),
  ...familyCodes.map((c) => ({ key: { code: c.code, family: c.family }, related: c.related.map((r) => keySlug({ code: r.code, family: r.family })) })),
];
/** How many static comparison pages a registered code links to, by the build's own rule. */
const comparedWith = (code: number) =>
  everyCode.filter((other) => hasStaticComparison({ key: { code }, related: everyCode.find((e) => keySlug(e.key) === String(code))!.related }, other, notes)).length;
const CODE_SECTIONS = ['Description', 'When You See It', 'How to Fix', 'Sources'];
const COMPARE_SECTIONS = ['How to Tell Them Apart', 'Side by Side', 'What to Do', 'When to Use Which', 'Learn More'];

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`));
  return problems;
}

for (const c of codes) {
  test(`code page ${c.code} shows its exact IANA name, summary and sections`, async ({ page }) => {
    const problems = watchConsole(page);
    const response = await page.goto(`/codes/${c.code}/`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(`^${c.code} ${c.name.replace('.', '\\.')}: WebSocket close code`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${c.code} ${c.name}`);
    await expect(page.getByText(c.summary, { exact: true }).first()).toBeVisible();
    for (const name of CODE_SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    // A handful of comparisons, related codes first; the rest are one link away.
    const compareRegion = page.getByRole('region', { name: `Compare ${c.code} With` });
    await expect(compareRegion.locator('.chips').getByRole('link')).toHaveCount(Math.min(6, comparedWith(c.code)));
    await expect(compareRegion.getByRole('link', { name: `compare ${c.code} with any other code` })).toHaveAttribute('href', `/compare/?a=${c.code}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Reconnect Advice' })).toBeVisible();

    const libraries = page.getByRole('table', { name: `Named constants for ${c.code}` });
    if (c.constants.length > 0) {
      await expect(page.getByRole('heading', { level: 2, name: 'In Libraries' })).toBeVisible();
      await expect(libraries.getByRole('row')).toHaveCount(c.constants.length + 1);
      for (const { identifier } of c.constants) {
        await expect(libraries.getByRole('cell', { name: identifier, exact: false }).first()).toBeVisible();
      }
    } else {
      await expect(libraries).toHaveCount(0);
    }

    const sourcesRegion = page.getByRole('region', { name: 'Sources' });
    const sources = sourcesRegion.getByRole('listitem');
    expect(c.sources.length).toBeGreaterThan(0);
    // The list is collapsed under its count; opening it shows every source.
    await sourcesRegion.getByText(`${c.sources.length} source${c.sources.length === 1 ? '' : 's'}`, { exact: true }).click();
    await expect(sources).toHaveCount(c.sources.length);
    await expect(sourcesRegion).toContainText(`on ${c.checked}.`);
    for (const [i, s] of c.sources.entries()) {
      if (s.version) await expect(sources.nth(i)).toContainText(`checked against ${s.version}`);
    }

    if (c.related.length > 0) {
      const related = page.getByRole('region', { name: 'Related Codes' });
      for (const r of c.related) {
        const href = r.family ? `/codes/${r.code}/${r.family}/` : `/codes/${r.code}/`;
        await expect(related.locator(`a[href="${href}"]`).first()).toBeVisible();
        await expect(related).toContainText(r.difference);
      }
    }
    expect(problems).toEqual([]);
  });
}

const pairs = codes.flatMap((x, i) => codes.slice(i + 1).map((y) => [x, y] as const));
const withNote = notes;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

test('every comparison of two registered codes has its heading, every section, both columns and its note', () => {
  const problems: string[] = [];
  for (const [x, y] of pairs) {
    const slug = `${x.code}-vs-${y.code}`;
    const doc = pageAt(`/compare/${slug}/`);
    const h1 = text(doc.querySelector('main h1'));
    if (h1 !== `${x.code} ${x.name} vs ${y.code} ${y.name}`) problems.push(`${slug}: heading "${h1}"`);
    const headings = [...doc.querySelectorAll('main h2')].filter((h) => !hiddenByMarkup(h));
    const sections = [...COMPARE_SECTIONS, ...(withNote.has(slug) ? ['In Short'] : [])];
    for (const name of sections) if (!headings.some((h) => text(h) === name)) problems.push(`${slug}: no "${name}" section`);
    const side = doc.querySelector('main section[aria-labelledby="side-by-side"] table');
    const columns = [...(side?.querySelectorAll('th[scope="col"]') ?? [])].map(text);
    for (const code of [x.code, y.code]) if (!columns.includes(String(code))) problems.push(`${slug}: no ${code} column side by side`);
    const link = [...doc.querySelectorAll('main a')].find((a) => text(a) === `${x.code} ${x.name}`);
    if (link?.getAttribute('href') !== `/codes/${x.code}/`) problems.push(`${slug}: no link to ${x.code}`);
  }
  expect(pairs.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

/**
 * In the browser: the first and the last pair in code order, the first pair with a hand-written note,
 * and the pair whose built page is largest.
 */
function browserPairs() {
  const bytes = new Map(pairs.map((pair) => [pair, statSync(join(DIST, 'compare', `${pair[0].code}-vs-${pair[1].code}`, 'index.html')).size]));
  const longest = pairs.reduce((best, pair) => (bytes.get(pair)! > bytes.get(best)! ? pair : best));
  const noted = pairs.find(([x, y]) => withNote.has(`${x.code}-vs-${y.code}`));
  return [...new Set([pairs[0]!, pairs.at(-1)!, ...(noted ? [noted] : []), longest])];
}

for (const [x, y] of browserPairs()) {
  test(`comparison ${x.code} vs ${y.code} renders every section`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto(`/compare/${x.code}-vs-${y.code}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${x.code} ${x.name} vs ${y.code} ${y.name}`);
    for (const name of COMPARE_SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    const table = page.getByRole('region', { name: 'Side by Side' }).getByRole('table');
    await expect(table.getByRole('columnheader', { name: String(x.code) })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: String(y.code) })).toBeVisible();
    await expect(page.getByRole('link', { name: `${x.code} ${x.name}`, exact: true })).toHaveAttribute('href', `/codes/${x.code}/`);
    if (withNote.has(`${x.code}-vs-${y.code}`)) {
      await expect(page.getByRole('heading', { level: 2, name: 'In Short' })).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
}

test('a hand-written note appears on its comparison page', async ({ page }) => {
  const [first] = [...withNote];
  test.skip(!first, 'no comparison notes yet');
  await page.goto(`/compare/${first}/`);
  await expect(page.getByRole('complementary', { name: 'In Short' })).toBeVisible();
});

test('reversed comparison URL leads to the canonical page', async ({ page }) => {
  await page.goto('/compare/1014-vs-1010/');
  await expect(page).toHaveURL(/\/compare\/1010-vs-1014\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1010');
});

test('reversed comparison URL works without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/1014-vs-1010/');
  await expect(page).toHaveURL(/\/compare\/1010-vs-1014\/$/);
  await context.close();
});

test('home page lists every code by range with the range guide', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('WebSocket Close Codes');
  for (const c of codes) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: String(c.code), exact: true }) });
    await expect(row).toContainText(c.name);
    await expect(row).toContainText(c.summary);
    await expect(row).toContainText(['1005', '1006', '1015'].includes(String(c.code)) ? 'Never sent' : 'Can be sent');
  }
  for (const span of ['0–999', '1000–2999', '3000–3999', '4000–4999']) {
    await expect(page.getByRole('term').filter({ hasText: span })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('a click anywhere on a home-table row opens that code, at phone and desktop widths', async ({ browser }) => {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('/');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: '1009', exact: true }) });
    // A visitor clicks on the row's last cell, away from the code's own link text.
    await row.scrollIntoViewIfNeeded();
    const box = (await row.getByRole('cell').last().boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(/\/codes\/1009\/$/);
    await page.close();
  }
});

test('an unknown address gets a useful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByText(/run from 1000 to 4999/)).toBeVisible();
  await page.getByRole('link', { name: 'see the table of all codes' }).click();
  await expect(page).toHaveURL(/\/#all-codes$/);
});

test('content is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  await expect(page.getByRole('heading', { level: 2, name: 'How to Fix' })).toBeVisible();
  await page.goto('/compare/1010-vs-1014/');
  await expect(page.getByRole('heading', { level: 2, name: 'How to Tell Them Apart' })).toBeVisible();
  await context.close();
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto('/codes/1006/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const path of ['/', '/codes/1006/', '/compare/1010-vs-1014/']) {
  test(`${path} fits a 390 px phone screen without sideways scrolling`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
}
