/** The search box, driven through the real UI in Chromium. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import type { CDPSession } from 'playwright-core';

// The first search loads the index and the code list, which a busy two-core machine can take seconds over.
const expect = baseExpect.configure({ timeout: 15_000 });

interface Case {
  query: string;
  expect: string;
  kind: string;
  /** Where a natural-language query or pasted line was taken from (an issue or question). */
  source?: string;
}
const cases = JSON.parse(readFileSync(new URL('../search-queries.json', import.meta.url), 'utf8')) as Case[];

const box = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Types a query and waits for its first answer, or with `settled` until the index has added its results too. */
async function search(page: Page, query: string, settled = true): Promise<string[]> {
  await box(page).fill(query);
  // The first search loads the index and the code list; a busy two-core machine can take a while.
  await expect(page.locator('code-search').getByRole('status')).toContainText(`“${query}”`, { timeout: 20_000 });
  if (settled) await expect(page.locator('#search-results[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
  return options(page).evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
}

test('realistic queries find their page: every number and name first, 95% in the top 3', async ({ page }) => {
  // 176 queries, each waiting for Pagefind to add its results: a minute idle, several on a busy machine.
  test.setTimeout(300_000);
  await page.goto('/');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  const ranks = new Map<Case, number>();
  for (const c of cases) {
    const urls = await search(page, c.query);
    const rank = urls.indexOf(c.expect) + 1;
    ranks.set(c, rank);
    if (rank === 1) top1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank !== 1) misses.push(`[${c.kind}] "${c.query}" → ${c.expect} at rank ${rank || 'none'} (got ${urls.slice(0, 3).join(', ')})`);
    if (['number', 'name', 'family', 'family-number'].includes(c.kind) && rank !== 1) {
      expect.soft(rank, `"${c.query}" must put ${c.expect} first`).toBe(1);
    }
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`search hit rate over ${cases.length} queries: top 1 ${top1} (${pct(top1)}), top 3 ${top3} (${pct(top3)})`);
  const plain = cases.filter((c) => c.source);
  const within = (c: Case, n: number) => (ranks.get(c) ?? 0) >= 1 && (ranks.get(c) ?? 0) <= n;
  console.log(
    `plain phrasing and pasted lines: ${plain.length} queries, top 1 ${plain.filter((c) => within(c, 1)).length}, top 3 ${plain.filter((c) => within(c, 3)).length}`,
  );
  if (misses.length > 0) console.log(`not first:\n  ${misses.join('\n  ')}`);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  expect(plain.length, 'queries of plain phrasing, each with its source').toBeGreaterThanOrEqual(40);
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
    await expect(options(page).first()).toHaveAttribute('href', '/compare/1005-vs-1006/');
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
  await expect(page.locator('code-search').getByRole('status')).toContainText(`“${markup}”`);
  await expect(page.locator('code-search img')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('arrow keys move through results, Enter opens one, Escape closes and keeps focus', async ({ page }) => {
  await page.goto('/');
  await search(page, 'nginx timeout');
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
  const second = await options(page).nth(1).getAttribute('href');
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`${second}$`));
});

test('the result count is announced in a live region', async ({ page }) => {
  await page.goto('/');
  await search(page, 'nginx');
  const status = page.locator('code-search').getByRole('status');
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

test('nothing is fetched until a search starts, and a number is answered without the index', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/codes/1006/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('pagefind') || p.includes('search'))).toEqual([]);
  await search(page, '1006');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1006/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/search-phrases.json')).toEqual([]);
  await search(page, 'nginx timeout');
  expect(requested.filter((p) => p.startsWith('/search-words/')).sort()).toEqual(['/search-words/ng.json', '/search-words/ti.json']);
  // Eight answers already: Pagefind could only add below them, so it is not fetched.
  await expect(options(page)).toHaveCount(8);
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  // Three answers: Pagefind loads and may add to them.
  await search(page, 'permessage deflate');
  expect(requested.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1010/');
});

/** Makes both full-text indexes unreachable: the word index's shards and Pagefind. */
async function breakIndexes(page: Page, broken = true) {
  for (const pattern of ['**/search-words/**', '**/pagefind/**']) {
    if (broken) await page.route(pattern, (route) => route.abort());
    else await page.unroute(pattern);
  }
}

test('if neither index can load, the box says so and links the table', async ({ page }) => {
  await breakIndexes(page);
  await page.goto('/codes/1006/');
  await box(page).fill('nginx');
  await expect(page.locator('code-search').getByRole('status')).toContainText('Search could not load.');
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

/** Bytes received over the network (CDP encodedDataLength: compressed bodies plus headers), by path. */
async function wire(cdp: CDPSession) {
  const files: [string, number][] = [];
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => files.push([urls.get(e.requestId) ?? '?', e.encodedDataLength]));
  await cdp.send('Network.enable');
  return {
    mark: () => files.length,
    since: (mark: number) => files.slice(mark),
  };
}

async function firstSearchBytes(page: Page, query: string) {
  const log = await wire((await page.context().newCDPSession(page)) as unknown as CDPSession);
  await page.goto('/codes/1006/');
  await page.waitForLoadState('networkidle');
  const loaded = log.mark();
  // The browser asks for the icon on its own schedule; it is not part of any search.
  const counted = (from: number) => log.since(from).filter(([path]) => path !== '/favicon.svg');
  const sum = (fs: [string, number][]) => fs.reduce((n, [, b]) => n + b, 0);
  // Notes when the first answer appears, to tell the files it needed from those fetched after it.
  await page.evaluate(() => {
    const status = document.querySelector('code-search .status')!;
    new MutationObserver((_, observer) => {
      if (!status.textContent) return;
      document.documentElement.dataset['firstAnswerAt'] = String(performance.now());
      observer.disconnect();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await search(page, query, false);
  await expect(page.locator('#search-results[aria-busy]')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  const total = counted(loaded);
  const later = new Set(
    await page.evaluate(() => {
      const at = Number(document.documentElement.dataset['firstAnswerAt']);
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= at)
        .map((e) => new URL(e.name).pathname);
    }),
  );
  const first = total.filter(([path]) => !later.has(path));
  const pageLoad = sum(log.since(0).slice(0, loaded));
  console.log(
    `first search for "${query}": ${sum(first)} B over the wire to the first answer, ${sum(total)} B in all ` +
      `(page load alone: ${pageLoad} B)\n` +
      total.map(([path, b]) => `  ${b} B  ${path}${later.has(path) ? '  (after the first answer)' : ''}`).join('\n'),
  );
  return { first: sum(first), total: sum(total), firstPaths: first.map(([p]) => p), paths: total.map(([p]) => p) };
}

test('a first number search fetches at most 20 KB, from the code list alone', async ({ page }) => {
  const { total, paths } = await firstSearchBytes(page, '1006');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1006/');
  expect(paths.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search-words/') || p === '/search-phrases.json')).toEqual([]);
  expect(total).toBeLessThanOrEqual(20 * 1024);
});

test('a first search answered by a phrase fetches at most 100 KB, and no Pagefind once the answer is full', async ({ page }) => {
  const { first, paths } = await firstSearchBytes(page, 'message too large');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1009/');
  await expect(options(page)).toHaveCount(8);
  expect(first).toBeLessThanOrEqual(100 * 1024);
  expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('a first search only full text can answer is answered within 100 KB by the word index, before Pagefind', async ({ page }) => {
  const { first, firstPaths, paths } = await firstSearchBytes(page, 'permessage deflate');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1010/');
  expect(firstPaths.filter((p) => p.startsWith('/search-words/'))).not.toEqual([]);
  expect(firstPaths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  expect(first).toBeLessThanOrEqual(100 * 1024);
  // Fewer than eight answers: Pagefind follows in the background, and showing its results costs no page fragments.
  expect(paths.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
  expect(paths.filter((p) => p.startsWith('/pagefind/fragment/'))).toEqual([]);
});

test('a first search for a long pasted log line answers within 100 KB', async ({ page }) => {
  // Chromium's console line for a handshake a proxy answered with 502: eleven words to look up, of which eight are.
  const line = "WebSocket connection to 'wss://example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 502";
  const { first, firstPaths } = await firstSearchBytes(page, line);
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1006/');
  expect(firstPaths.filter((p) => p.startsWith('/search-words/')).length).toBeLessThanOrEqual(8);
  expect(first).toBeLessThanOrEqual(100 * 1024);
});

test('a 10,000-character query stays inside the panel', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await box(page).fill('closed '.repeat(1500).slice(0, 10_000));
  await expect(page.locator('code-search').getByRole('status')).toContainText('…');
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

test('either index alone still answers a text search', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/codes/1006/');
  await search(page, 'nginx timeout');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1006/');
  await page.unroute('**/pagefind/**');
  await page.route('**/search-words/**', (route) => route.abort());
  await page.goto('/codes/1006/');
  await search(page, 'nginx timeout');
  await expect(options(page).first()).toBeVisible();
  await expect(page.locator('code-search').getByRole('status')).not.toContainText('could not load');
});

test('after the indexes fail to load, the next keystroke tries again', async ({ page }) => {
  await breakIndexes(page);
  await page.goto('/codes/1006/');
  await box(page).fill('proxy');
  await expect(page.locator('code-search').getByRole('status')).toContainText('Search could not load.');
  await breakIndexes(page, false);
  await box(page).press('End');
  await box(page).pressSequentially(' timeout');
  await expect(page.locator('code-search').getByRole('status')).toContainText('for “proxy timeout”');
  await expect(options(page).first()).toBeVisible();
});

test('a search naming a family and a number finds the family code first', async ({ page }) => {
  await page.goto('/');
  await search(page, 'discord 4014');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/4014/discord-gateway/');
  await search(page, '4004');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/4004/');
});

test('results are links: a modified click opens a new tab, and each has a real address', async ({ page, context }) => {
  await page.goto('/');
  await search(page, '1006');
  const first = options(page).first();
  await expect(first).toHaveAttribute('href', '/codes/1006/');
  expect(await first.evaluate((el) => el.tagName)).toBe('A');
  expect(await first.evaluate((el) => (el as HTMLAnchorElement).href)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/codes\/1006\/$/);
  const [tab] = await Promise.all([context.waitForEvent('page'), first.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/codes/1006/');
  await expect(page).toHaveURL(/\/$/);
  const [middle] = await Promise.all([context.waitForEvent('page'), first.click({ button: 'middle' })]);
  await middle.waitForLoadState();
  expect(new URL(middle.url()).pathname).toBe('/codes/1006/');
  // A plain click follows the link in the same tab.
  await first.click();
  await expect(page).toHaveURL(/\/codes\/1006\/$/);
});

test('the result links stay options of the combobox, out of the tab order', async ({ page }) => {
  await page.goto('/');
  await search(page, 'going away');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
  await expect(options(page).first()).toHaveAttribute('tabindex', '-1');
  await box(page).press('ArrowDown');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id'))!);
});

test('two codes named in words offer their comparison first', async ({ page }) => {
  await page.goto('/');
  for (const [query, url] of [
    ['going away vs normal closure', '/compare/1000-vs-1001/'],
    ['difference between normal closure and going away', '/compare/1000-vs-1001/'],
    ['protocol error or policy violation', '/compare/1002-vs-1008/'],
  ] as const) {
    await search(page, query);
    await expect(options(page).first(), query).toHaveAttribute('href', url);
  }
});

test('a name answered from the code list stays shown when the index cannot load', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/');
  await search(page, 'going away');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1001/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('code-search').getByRole('status')).not.toContainText('could not load');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1001/');
});

test('/?q=… opens the home page with that search\'s results shown', async ({ page }) => {
  await page.goto('/?q=message%20too%20large');
  await expect(box(page)).toHaveValue('message too large');
  await expect(page.locator('code-search').getByRole('status')).toContainText('for “message too large”');
  await expect(options(page).first()).toHaveAttribute('href', '/codes/1009/');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/codes\/1009\/$/);
});

test('an OpenSearch description lets a browser add the site as a search engine', async ({ page, request }) => {
  await page.goto('/codes/1006/');
  const link = page.locator('head link[rel="search"]');
  await expect(link).toHaveAttribute('type', 'application/opensearchdescription+xml');
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
  const shortName = /<ShortName>([^<]*)<\/ShortName>/.exec(xml)?.[1] ?? '';
  expect(shortName.length).toBeGreaterThan(0);
  expect(shortName.length).toBeLessThanOrEqual(16);
  const template = /<Url type="text\/html" method="get" template="([^"]+)"/.exec(xml)?.[1];
  expect(template).toMatch(/^https:\/\/[^/]+\/\?q=\{searchTerms\}$/);
  // The template's path, filled in as a browser would, leads to the results.
  const filled = new URL(template!.replace('{searchTerms}', encodeURIComponent('1006 vs 1005')));
  await page.goto(filled.pathname + filled.search);
  await expect(options(page).first()).toHaveAttribute('href', '/compare/1005-vs-1006/');
});
