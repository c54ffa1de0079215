/** /diagnose/: real log lines and Close frames go in through the page's own forms, in Chromium. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { codePath } from '../../src/lib/pairs';
import { LOG_CASES, MULTI_LINE_CASE } from '../support/diagnose-cases';
import { DIST } from '../support/dist';

/** The value next to a label in one of the page's fact lists. */
const fact = (scope: Locator, label: string) => scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

async function openReady(page: Page) {
  await page.goto('/diagnose/');
  await expect(page.locator('[data-log-status]')).toHaveText('Ready: paste a line above.');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains what it does and keeps its forms', async ({ page }) => {
    await page.goto('/diagnose/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diagnose a WebSocket close');
    await expect(page.getByRole('heading', { level: 2, name: 'Paste Your Error' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Decode a Close Frame' })).toBeVisible();
    await expect(page.locator('[data-log-status]')).toHaveText(/Reading happens in your browser, with JavaScript/);
    await expect(page.getByLabel('Log or console output')).toBeVisible();
  });
});

test.describe('log lines from real reports', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await openReady(page);
  });
  test.afterAll(() => page.close());

  test(`there are at least 40 (${LOG_CASES.length})`, () => {
    expect(LOG_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of LOG_CASES) {
    test(`${c.library} line from ${c.from.replace('https://github.com/', '')}`, async () => {
      await page.getByLabel('Log or console output').fill(c.text);
      await expect(page.locator('[data-log-status]')).toHaveText('1 line recognised.');
      const card = page.locator('[data-log-results] > li');
      await expect(card).toHaveCount(1);
      await expect(card.locator('code.line')).toHaveText(c.text);
      await expect(fact(card, 'Printed by')).toHaveText(c.library);
      await expect(fact(card, 'Text from').getByRole('link')).toHaveAttribute('href', /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
      if (c.httpStatus !== undefined) {
        await expect(card.getByRole('heading', { level: 3 })).toHaveText(`HTTP ${c.httpStatus} before the upgrade`);
        await expect(fact(card, 'HTTP status')).toHaveText(String(c.httpStatus));
        await expect(card.getByText(`HTTP ${c.httpStatus} instead of 101 Switching Protocols`)).toBeVisible();
      }
      if (c.code !== undefined) {
        await expect(fact(card, 'Close code').getByRole('link')).toHaveAttribute('href', codePath(c.code));
        await expect(fact(card, 'Close code')).toHaveText(new RegExp(`^${c.code}\\b`));
      } else {
        await expect(fact(card, 'Close code')).toHaveCount(0);
      }
      if (c.reason !== undefined) await expect(fact(card, 'Reason')).toHaveText(c.reason);
      if (c.side === 'reported') await expect(fact(card, 'Sent by')).toHaveText(/^No one/);
      if (c.side === 'sent') await expect(fact(card, 'Sent by')).toHaveText(/^This side/);
      if (c.side === 'received') await expect(fact(card, 'Sent by')).toHaveText(/^The other side/);
      for (const slug of c.families ?? []) {
        await expect(fact(card, 'Documented by').locator(`a[href="${codePath(c.code!, slug)}"]`)).toBeVisible();
      }
    });
  }

  test('a pasted log gives one card per recognised line', async () => {
    await page.getByLabel('Log or console output').fill(`starting up\n${MULTI_LINE_CASE.text}\nbye`);
    await expect(page.locator('[data-log-status]')).toHaveText('2 lines recognised.');
    await expect(page.locator('[data-log-results] > li h3')).toHaveText(['HTTP 403 before the upgrade', 'Close code 1006']);
  });

  test('text that names no close says so', async () => {
    await page.getByLabel('Log or console output').fill('GET /index.html 200');
    await expect(page.locator('[data-log-status]')).toHaveText(/No line here matches a message this page knows/);
    await expect(page.locator('[data-log-results] > li')).toHaveCount(0);
  });

  test('markup in a pasted line is shown as text', async () => {
    await page.getByLabel('Log or console output').fill('<img src=x onerror="window.pwned=1"> websocket: close 1008 (policy violation): <b>no</b>');
    const card = page.locator('[data-log-results] > li');
    await expect(fact(card, 'Reason')).toHaveText('<b>no</b>');
    await expect(card.locator('img, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
});

interface FrameCase {
  hex: string;
  what: string;
  heading?: string;
  code?: string;
  reason?: string;
  masked?: 'yes' | 'no';
  /** Every error and warning expected, as "error 7.4.1". */
  problems: string[];
}

const control126 = `88 7e 00 7e 03 e8 ${Array(124).fill('61').join(' ')}`;

const FRAME_CASES: FrameCase[] = [
  { what: 'a server’s normal close', hex: '88 02 03 e8', heading: 'Close frame', code: '1000 Normal Closure', masked: 'no', problems: [] },
  { what: 'comma-separated 0x bytes', hex: '0x88,0x02,0x03,0xe8', code: '1000 Normal Closure', problems: [] },
  { what: 'one hex run', hex: '880203e8', code: '1000 Normal Closure', problems: [] },
  { what: 'a Wireshark hex dump line', hex: '0000   88 02 03 e8                                       ....', code: '1000 Normal Closure', problems: [] },
  { what: 'an xxd line', hex: '00000000: 8802 03e8                                ....', code: '1000 Normal Closure', problems: [] },
  { what: 'a masked client close', hex: '88 82 37 fa 21 3d 34 12', code: '1000 Normal Closure', masked: 'yes', problems: [] },
  { what: 'a private-use code with a reason', hex: '88 05 0f a0 62 79 65', code: '4000', reason: 'bye', problems: [] },
  { what: 'a registered 3000 code', hex: '88 02 0b b8', code: '3000 Unauthorized', problems: [] },
  { what: 'a UTF-8 reason', hex: '88 05 03 e9 e2 9c 93', code: '1001 Going Away', reason: '✓', problems: [] },
  { what: 'an empty body', hex: '88 00', problems: [] },
  { what: 'a one-byte body', hex: '88 01 03', problems: ['error 5.5.1'] },
  { what: '1006 on the wire', hex: '88 02 03 ee', code: '1006 Abnormal Closure', problems: ['error 7.4.1'] },
  { what: '1005 on the wire', hex: '88 02 03 ed', code: '1005 No Status Rcvd', problems: ['error 7.4.1'] },
  { what: '1015 on the wire', hex: '88 02 03 f7', code: '1015 TLS handshake', problems: ['error 7.4.1'] },
  { what: 'an unassigned protocol code', hex: '88 02 03 f8', code: '1016', problems: ['error 7.4.2'] },
  { what: 'code 0', hex: '88 02 00 00', code: '0', problems: ['error 7.4.2'] },
  { what: 'a code above 4999', hex: '88 02 13 88', code: '5000', problems: ['error 7.4.2'] },
  { what: 'an unregistered 3000-range code', hex: '88 02 0b b9', code: '3001', problems: ['warning 7.4.2'] },
  { what: 'a reason that is not UTF-8', hex: '88 04 03 e8 c3 28', code: '1000 Normal Closure', reason: 'not UTF-8: c3 28', problems: ['error 5.5.1'] },
  { what: 'a control frame over 125 bytes', hex: control126, code: '1000 Normal Closure', problems: ['error 5.5'] },
  { what: 'a fragmented Close frame', hex: '08 02 03 e8', code: '1000 Normal Closure', problems: ['error 5.5'] },
  { what: 'a reserved bit set', hex: 'c8 02 03 e8', code: '1000 Normal Closure', problems: ['error 5.2'] },
  { what: 'a text frame', hex: '81 05 48 65 6c 6c 6f', heading: 'Text frame', problems: ['warning 5.2'] },
  { what: 'a Close body without header', hex: '03 e8 62 79 65', heading: 'Close frame body', code: '1000 Normal Closure', reason: 'bye', problems: [] },
  { what: 'a mask bit without a key', hex: '88 82 01 02', problems: ['error 5.3'] },
  { what: 'a capture cut short', hex: '88 05 03 e8', problems: ['warning 5.2'] },
];

test.describe('Close frames', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await openReady(page);
  });
  test.afterAll(() => page.close());

  test(`there are at least 20 (${FRAME_CASES.length})`, () => {
    expect(FRAME_CASES.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of FRAME_CASES) {
    test(`decodes ${c.what}`, async () => {
      await page.getByLabel('Frame bytes (hex)').fill(c.hex);
      const out = page.locator('[data-frame-results] > div');
      if (c.heading) await expect(out.getByRole('heading', { level: 3 })).toHaveText(c.heading);
      else await expect(out.getByRole('heading', { level: 3 })).toBeVisible();
      if (c.code !== undefined) await expect(fact(out, 'Close code')).toHaveText(c.code);
      else await expect(fact(out, 'Close code')).toHaveCount(0);
      if (c.reason !== undefined) await expect(fact(out, 'Reason')).toHaveText(c.reason);
      if (c.masked) await expect(fact(out, 'Masked')).toHaveText(c.masked);
      const problems = out.locator('.verdicts li').filter({ has: page.locator('.sev-error, .sev-warning') });
      await expect(problems).toHaveCount(c.problems.length);
      for (const p of c.problems) {
        const [severity, section] = p.split(' ');
        const item = out.locator('.verdicts li').filter({ has: page.locator(`.sev-${severity}`) }).filter({ has: page.getByRole('link', { name: `RFC 6455 §${section}`, exact: true }) });
        await expect(item).toHaveCount(1);
        await expect(item.getByRole('link')).toHaveAttribute('href', `https://www.rfc-editor.org/rfc/rfc6455#section-${section}`);
      }
    });
  }

  test('says which token is not hex', async () => {
    await page.getByLabel('Frame bytes (hex)').fill('88 zz');
    await expect(page.locator('[data-frame-results] .error')).toHaveText(/“zz” on line 1 is not hex/);
  });

  for (const [code, reason, mask, bytes] of [
    ['1000', '', '', '88 02 03 e8'],
    ['4000', 'bye', '', '88 05 0f a0 62 79 65'],
    ['1000', '', '01 02 03 04', '88 82 01 02 03 04 02 ea'],
  ] as const) {
    test(`writes ${code} “${reason}”${mask ? ' masked' : ''} as bytes`, async () => {
      await page.getByRole('spinbutton', { name: 'Close code' }).fill(code);
      await page.getByLabel('Reason', { exact: true }).fill(reason);
      await page.getByLabel('Masking key (client frames)').fill(mask);
      await expect(page.locator('[data-encode-results] output')).toHaveText(bytes);
    });
  }

  test('warns when writing a code that must never be sent', async () => {
    await page.getByLabel('Masking key (client frames)').fill('');
    await page.getByLabel('Reason', { exact: true }).fill('');
    await page.getByRole('spinbutton', { name: 'Close code' }).fill('1006');
    await expect(page.locator('[data-encode-results] output')).toHaveText('88 02 03 ee');
    await expect(page.locator('[data-encode-results] .verdicts li').filter({ has: page.locator('.sev-error') })).toContainText('must never be sent');
  });
});

test('the page makes no request to another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!)) foreign.push(r.url());
  });
  await openReady(page);
  await page.getByLabel('Log or console output').fill(LOG_CASES[0]!.text);
  await page.getByLabel('Frame bytes (hex)').fill('88 02 03 e8');
  await expect(page.locator('[data-frame-results] > div')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('the footer and the home page link to /diagnose/, and the sitemap lists it', async ({ page, request }) => {
  await page.goto('/codes/1006/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Diagnose it' })).toHaveAttribute('href', '/diagnose/');
  await page.goto('/');
  await expect(page.getByRole('main').locator('a[href="/diagnose/"]')).toBeVisible();
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/diagnose/</loc>');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /diagnose/ with results shown, ${colorScheme}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await openReady(page);
    await page.getByLabel('Log or console output').fill(`${LOG_CASES[0]!.text}\n${LOG_CASES.find((c) => c.families)!.text}`);
    await page.getByLabel('Frame bytes (hex)').fill('88 02 03 ee');
    await expect(page.locator('[data-frame-results] > div')).toBeVisible();
    await expect(page.locator('[data-encode-results] output')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the code only /diagnose/ loads stays within 12 KB gzipped', () => {
  const own = readdirSync(join(DIST, '_astro')).filter((f) => /^diagnose/i.test(f) && f.endsWith('.js'));
  const total = own.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, '_astro', f)), { level: 9 }).length, 0);
  console.log(`/diagnose/ JavaScript, gzipped: ${total} B over ${own.length} files`);
  expect(own.length).toBeGreaterThanOrEqual(2);
  expect(total).toBeLessThan(12 * 1024);
});
