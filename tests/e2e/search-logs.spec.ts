/**
 * The header search reads pasted log lines with the same reader as /diagnose/: the real lines in
 * tests/support/diagnose-cases.ts (each from a public issue report) put the code the client then
 * reports first, and the result says what the line itself says.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOG_CASES } from '../support/diagnose-cases';
import { codePath } from '../../src/lib/pairs';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
const MAX_QUERY = 200;

const withCode = LOG_CASES.filter((c) => c.code !== undefined && c.text.length <= MAX_QUERY && !c.text.includes('\n'));

test(`pasted log lines put the code the client reports first (${withCode.length} real lines)`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(withCode.length).toBeGreaterThanOrEqual(40);
  await page.goto('/');
  const wrong: string[] = [];
  for (const c of withCode) {
    await box(page).fill(c.text);
    await expect(page.locator('code-search').getByRole('status')).toContainText('result', { timeout: 20_000 });
    await expect(page.locator('code-search').getByRole('status')).toContainText(`“${c.text.slice(0, 40)}`);
    const first = options(page).first();
    const href = await first.getAttribute('href');
    const expected = c.families?.length ? codePath({ code: c.code!, family: c.families[0]! }) : codePath(c.code!);
    if (href !== expected) wrong.push(`${c.text} → ${href} (expected ${expected}; from ${c.from})`);
    else await expect(first, c.text).toContainText(c.library);
  }
  expect(wrong, 'lines whose first result is not the reported code').toEqual([]);
});

test('a failed handshake answers with 1006 and says why', async ({ page }) => {
  await page.goto('/codes/1000/');
  await box(page).fill('ws error: Unexpected server response: 502');
  const first = options(page).first();
  await expect(first).toHaveAttribute('href', '/codes/1006/');
  await expect(first).toContainText('HTTP 502 instead of 101');
  await expect(first).toContainText('Bad Gateway');
});
