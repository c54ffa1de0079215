/**
 * The documented timeouts: the full table on /timeouts/, the seconds box there and on /codes/1006/,
 * what a visitor without JavaScript gets, and the bytes the box costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TIMEOUTS } from '../../src/data/timeouts';
import { DIST, scriptsLoadedBy } from '../support/dist';

const LABEL = 'Closes after how many seconds?';
const finder = (page: Page) => page.locator('timeout-finder');
const status = (page: Page) => finder(page).getByRole('status');
const matched = (page: Page) => page.locator('tbody tr.is-match');
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

async function ask(page: Page, value: string) {
  await page.getByLabel(LABEL).fill(value);
}

test.describe('the timeouts table', () => {
  test('lists every documented limit with an https source, complete without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/timeouts/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('It Closes After N Seconds');
    const table = page.getByRole('table', { name: /Documented limits that end WebSocket connections/ });
    await expect(table.locator('tbody tr')).toHaveCount(TIMEOUTS.length);
    for (const t of TIMEOUTS) {
      const row = page.locator(`tr#${t.id}`);
      await expect(row.getByRole('rowheader')).toContainText(t.product);
      await expect(row.getByRole('link', { name: t.source.title })).toHaveAttribute('href', t.source.url);
    }
    await expect(page.locator('tr#aws-alb-idle-timeout')).toContainText('60 s');
    await expect(page.locator('tr#aws-api-gateway-duration')).toContainText('2 h (7200 s)');
    await expect(page.locator('tr#haproxy-timeout-tunnel')).toContainText('no default');
    await context.close();
  });

  test('typing 60 marks nginx, ingress-nginx and the ALB, and says so in the live region', async ({ page }) => {
    await page.goto('/timeouts/');
    await expect(matched(page)).toHaveCount(0);
    await ask(page, '60');
    for (const id of ['nginx-proxy-read-timeout', 'ingress-nginx-proxy-read-timeout', 'aws-alb-idle-timeout']) {
      await expect(page.locator(`tr#${id}`)).toHaveClass(/is-match/);
    }
    await expect(page.locator('tr#aws-api-gateway-duration')).not.toHaveClass(/is-match/);
    await expect(status(page)).toHaveText(/^\d+ limits match 60 seconds: .*nginx proxy_read_timeout.*AWS Application Load Balancer/);
    const count = Number((await status(page).textContent())!.split(' ')[0]);
    await expect(matched(page)).toHaveCount(count);
  });

  test('units are read: 1m is 60 seconds and 2 h is 7200', async ({ page }) => {
    await page.goto('/timeouts/');
    await ask(page, '1m');
    await expect(page.locator('tr#nginx-proxy-read-timeout')).toHaveClass(/is-match/);
    await ask(page, '2 h');
    await expect(status(page)).toHaveText('1 limit matches 2 hours: AWS API Gateway (WebSocket APIs) Connection duration for WebSocket API.');
  });

  test('typing 350 marks the AWS Network Load Balancer, and 7200 only the API Gateway connection duration', async ({ page }) => {
    await page.goto('/timeouts/');
    await ask(page, '350');
    await expect(page.locator('tr#aws-nlb-tcp-idle-timeout')).toHaveClass(/is-match/);
    await expect(status(page)).toContainText('AWS Network Load Balancer');
    await ask(page, '7200');
    await expect(matched(page)).toHaveCount(1);
    await expect(page.locator('tr#aws-api-gateway-duration')).toHaveClass(/is-match/);
  });

  test('a number nothing is near says so and marks nothing; text that is no duration says what to type', async ({ page }) => {
    await page.goto('/timeouts/');
    await ask(page, '60');
    await expect(matched(page)).not.toHaveCount(0);
    await ask(page, '1234');
    await expect(status(page)).toHaveText('No documented limit here is near 1234 seconds.');
    await expect(matched(page)).toHaveCount(0);
    await ask(page, '<b>soon</b>');
    await expect(status(page)).toHaveText(/is not a duration: try 60/);
    await expect(status(page).locator('b')).toHaveCount(0);
    await ask(page, '');
    await expect(status(page)).toHaveText('');
  });

  test('a link with ?seconds= opens with the candidates marked', async ({ page }) => {
    await page.goto('/timeouts/?seconds=240');
    await expect(page.getByLabel(LABEL)).toHaveValue('240');
    await expect(page.locator('tr#azure-load-balancer-idle')).toHaveClass(/is-match/);
    await expect(status(page)).toContainText('4 minutes');
  });

  test('works at 390 px: one block per limit, no sideways scrolling, identifiers whole', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/timeouts/');
    await ask(page, '60');
    await expect(page.locator('tr#aws-alb-idle-timeout')).toHaveClass(/is-match/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const scroller = page.locator('.table-scroll').filter({ has: page.locator('table#timeouts-table') });
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(page.locator('tr#aws-alb-idle-timeout td').first()).toHaveCSS('display', 'block');
    // An identifier may wrap after a slash; each piece between slashes stays on one line.
    const broken = await page.locator('#timeouts-table code > span').evaluateAll((pieces) =>
      pieces.filter((p) => p.getClientRects().length > 1).map((p) => p.textContent),
    );
    expect(await page.locator('#timeouts-table code > span').count()).toBeGreaterThan(TIMEOUTS.length);
    expect(broken).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['/timeouts/', '/codes/1006/']) {
      test(`axe finds no violations on ${path} with matches shown, ${colorScheme}`, async ({ browser }) => {
        test.setTimeout(90_000);
        const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(path);
        await ask(page, '60');
        await expect(status(page)).toContainText('60 seconds');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  }
});

test.describe('the seconds box on /codes/1006/', () => {
  test('lists the matching limits as links into the table, and says so', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto('/codes/1006/');
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((p) => /timeouts/.test(p)), 'nothing of the box loads before the visitor types').toEqual([]);
    const section = page.getByRole('region', { name: 'Closes After a Fixed Time?' });
    await expect(section.getByRole('link', { name: `all ${TIMEOUTS.length} limits and their sources` })).toHaveAttribute('href', '/timeouts/');
    await ask(page, '60');
    await expect(status(page)).toHaveText(/^\d+ limits match 60 seconds:/);
    await expect(status(page).getByRole('link', { name: 'nginx proxy_read_timeout' })).toBeVisible();
    const link = section.getByRole('link', { name: 'AWS Application Load Balancer Connection idle timeout' });
    await expect(link).toHaveAttribute('href', '/timeouts/?seconds=60#aws-alb-idle-timeout');
    await link.click();
    await expect(page).toHaveURL(/\/timeouts\/\?seconds=60#aws-alb-idle-timeout$/);
    await expect(page.locator('tr#aws-alb-idle-timeout')).toHaveClass(/is-match/);
  });

  test('says when nothing matches and hides the list', async ({ page }) => {
    await page.goto('/codes/1006/');
    await ask(page, '60');
    await expect(finder(page).getByRole('listitem')).not.toHaveCount(0);
    await ask(page, '1234');
    await expect(status(page)).toHaveText('No documented limit here is near 1234 seconds.');
    await expect(finder(page).getByRole('list')).toHaveCount(0);
  });

  test('without JavaScript, the form opens the table with the number', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/codes/1006/');
    await ask(page, '60');
    await page.getByRole('button', { name: 'Find limits' }).click();
    await expect(page).toHaveURL(/\/timeouts\/\?seconds=60$/);
    await expect(page.locator('tbody tr')).toHaveCount(TIMEOUTS.length);
    await context.close();
  });

  test('works at 390 px', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto('/codes/1006/');
    await ask(page, '350');
    await expect(finder(page).getByRole('link', { name: /AWS Network Load Balancer/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  test('appears only on the registered 1006 page', async ({ page }) => {
    await page.goto('/codes/1005/');
    await expect(page.locator('timeout-finder')).toHaveCount(0);
  });
});

test.describe('what the box costs', () => {
  test('the box adds no stylesheet to /codes/1006/ (its bytes count in budgets.spec.ts)', () => {
    const html = readFileSync(join(DIST, 'codes/1006/index.html'), 'utf8');
    const css = [...html.matchAll(/<link [^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(css.length).toBeGreaterThan(0);
    expect(css.some((href) => /Timeout/i.test(href)), 'the box adds no stylesheet').toBe(false);
  });

  test('the box loads less than 4 KB of JavaScript, and only after the visitor types', () => {
    const entry = readdirSync(join(DIST, '_astro')).find((f) => f.startsWith('TimeoutFinder.astro') && f.endsWith('.js'));
    expect(entry).toBeDefined();
    const files = scriptsLoadedBy(entry!);
    expect(files.some((f) => f.startsWith('timeouts.')), 'the matching code, loaded on demand').toBe(true);
    const bytes = files.reduce((sum, f) => sum + gz(readFileSync(join(DIST, '_astro', f))), 0);
    console.log(`seconds box JavaScript, gzipped: ${bytes} B over ${files.length} files`);
    expect(bytes).toBeLessThan(4 * 1024);
  });
});
