/** The search box, driven through the real UI in Chromium. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';

// The first search loads the index and the code list, which a busy two-core machine can take seconds over.
const expect = baseExpect.configure({ timeout: 15_000 });

interface Case {
  query: string;
  expect: string;
  kind: string;
}
const cases = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8')) as Case[];

const box = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

async function search(page: Page, query: string): Promise<string[]> {
  await box(page).fill(query);
  // The first search loads the index and the code list; a busy two-core machine can take a while.
  await expect(page.getByRole('status')).toContainText(`“${query}”`, { timeout: 20_000 });
  return options(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['url'] ?? ''));
}

test('realistic queries find their page: every number and name first, 95% in the top 3', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const c of cases) {
    const urls = await search(page, c.query);
    const rank = urls.indexOf(c.expect) + 1;
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank !== 1) misses.push(`[${c.kind}] "${c.query}" → ${c.expect} at rank ${rank || 'none'} (got ${urls.slice(0, 3).join(', ')})`);
    if (['number', 'name', 'family', 'family-number'].includes(c.kind) && rank !== 1) {
      expect.soft(rank, `"${c.query}" must put ${c.expect} first`).toBe(1);
    }
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`search hit rate over ${cases.length} queries: top 1 ${top1} (${pct(top1)}), top 3 ${top3} (${pct(top3)})`);
  if (misses.length > 0) console.log(`not first:\n  ${misses.join('\n  ')}`);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  expect(top3 / cases.length).toBeGreaterThanOrEqual(0.95);
});

test('Enter on a documented code goes straight to its page', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('1009');
  await expect(options(page).first()).toContainText('1009 Message Too Big');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/codes\/1009\/$/);
});

test('Enter typed before the search code has loaded still goes to the code', async ({ page }) => {
  await page.goto('/codes/1000/');
  await box(page).pressSequentially('1012');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/codes\/1012\/$/);
});

test('a query naming two codes offers their comparison first', async ({ page }) => {
  await page.goto('/');
  for (const query of ['1005 vs 1006', '1006 1005']) {
    await search(page, query);
    await expect(options(page).first()).toContainText('1005 vs 1006');
    await expect(options(page).first()).toHaveAttribute('data-url', '/compare/1005-vs-1006/');
  }
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/compare\/1005-vs-1006\/$/);
});

test('an undocumented number says which range it falls in and links to the explanation', async ({ page }) => {
  await page.goto('/');
  await search(page, '4321');
  await expect(options(page).first()).toContainText('4321: private use (4000–4999)');
  await options(page).first().click();
  await expect(page).toHaveURL(/\/codes\/4321\/$/);
});

test('a partial number lists the codes it starts, never above an exact match', async ({ page }) => {
  await page.goto('/');
  const prefix = await search(page, '100');
  expect(prefix.slice(0, 3)).toEqual(['/codes/1000/', '/codes/1001/', '/codes/1002/']);
  const exact = await search(page, '1001');
  expect(exact[0]).toBe('/codes/1001/');
});

test('a query containing markup is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  const markup = '<img src=x onerror=alert(1)>';
  await box(page).fill(markup);
  await expect(page.getByRole('status')).toContainText(`“${markup}”`);
  await expect(page.locator('code-search img')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('arrow keys move through results, Enter opens one, Escape closes and keeps focus', async ({ page }) => {
  await page.goto('/');
  await search(page, 'timeout');
  const count = await options(page).count();
  expect(count).toBeGreaterThan(1);
  await box(page).press('ArrowDown');
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await box(page).press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', 'search-result-1');
  await box(page).press('ArrowUp');
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await box(page).press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await box(page).press('ArrowDown');
  await box(page).press('ArrowDown');
  const second = await options(page).nth(1).getAttribute('data-url');
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${second}$`));
});

test('the result count is announced in a live region', async ({ page }) => {
  await page.goto('/');
  await search(page, 'nginx');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/^\d+ results? for “nginx”\.$/);
});

test('Ctrl+K and Cmd+K focus the search box', async ({ page }) => {
  await page.goto('/codes/1006/');
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Meta+k');
  await expect(box(page)).toBeFocused();
});

test('no search code or index is fetched until the visitor starts to search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/codes/1006/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('pagefind') || p.includes('search'))).toEqual([]);
  await box(page).fill('1006');
  await expect(options(page).first()).toBeVisible({ timeout: 20_000 });
  expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
});

test('if the index cannot load, the box says so and links the table', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/codes/1006/');
  await box(page).fill('timeout');
  await expect(page.getByRole('status')).toContainText('Search could not load.');
  await page.getByRole('link', { name: 'Browse the table of all codes' }).click();
  await expect(page).toHaveURL(/\/#all-codes$/);
});

test('without JavaScript the search form leads to the table of all codes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  await page.getByRole('combobox', { name: 'Search' }).fill('1006');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/\?q=1006#all-codes$/);
  await expect(page.getByRole('heading', { level: 2, name: 'All Codes' })).toBeVisible();
  await context.close();
});

test('axe finds no violations with search results open', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await search(page, 'timeout');
  await box(page).press('ArrowDown');
  const results = await new AxeBuilder({ page }).include('code-search').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a first search fetches under 200 KB over the wire', async ({ page }) => {
  await page.goto('/codes/1006/');
  await page.waitForLoadState('networkidle');
  // Bytes as a host that gzips responses would send them (Pagefind's index and wasm are already compressed).
  const sizes = new Map<string, { raw: number; wire: number }>();
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.set(new URL(response.url()).pathname, { raw: body.length, wire: Math.min(body.length, gzipSync(body).length) });
  });
  await search(page, 'nginx timeout');
  await page.waitForLoadState('networkidle');
  const wire = [...sizes.values()].reduce((a, b) => a + b.wire, 0);
  const raw = [...sizes.values()].reduce((a, b) => a + b.raw, 0);
  console.log(
    `first search fetched ${sizes.size} files, ${raw} B decoded, ${wire} B gzipped:\n` +
      [...sizes].map(([path, b]) => `  ${b.wire} B (${b.raw} B)  ${path}`).join('\n'),
  );
  expect(wire).toBeLessThan(200 * 1024);
});

test('a 10,000-character query stays inside the panel', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await box(page).fill('closed '.repeat(1500).slice(0, 10_000));
  await expect(page.getByRole('status')).toContainText('…');
  const overflow = await page.evaluate(() => {
    const panel = document.querySelector('code-search .panel')!;
    const status = panel.querySelector('.status')!;
    return {
      panel: panel.scrollWidth - panel.clientWidth,
      status: status.scrollWidth - status.clientWidth,
      page: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect(overflow).toEqual({ panel: 0, status: 0, page: 0 });
});

test('a cleared box does not bring back the old results', async ({ page }) => {
  await page.goto('/');
  await search(page, 'timeout');
  await expect(options(page).first()).toBeVisible();
  await box(page).fill('');
  await page.getByRole('heading', { level: 1 }).click();
  await box(page).focus();
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await expect(page.locator('code-search .status')).toHaveText('');
});

test('"-1" is not read as 1', async ({ page }) => {
  await page.goto('/');
  const urls = await search(page, '-1');
  await expect(options(page).first()).toContainText('-1 is not a close code');
  expect(urls.filter((u) => /^\/codes\/1\/$/.test(u))).toEqual([]);
});

test('after the index fails to load, the next keystroke tries again', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/codes/1006/');
  await box(page).fill('timeout');
  await expect(page.getByRole('status')).toContainText('Search could not load.');
  await page.unroute('**/pagefind/**');
  await box(page).press('End');
  await box(page).pressSequentially('s');
  await expect(page.getByRole('status')).toContainText('for “timeouts”');
  await expect(options(page).first()).toBeVisible();
});

test('a search naming a family and a number finds the family code first', async ({ page }) => {
  await page.goto('/');
  await search(page, 'discord 4014');
  await expect(options(page).first()).toHaveAttribute('data-url', '/codes/4014/discord-gateway/');
  await search(page, '4004');
  await expect(options(page).first()).toHaveAttribute('data-url', '/codes/4004/');
});
