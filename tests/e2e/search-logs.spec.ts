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

test(`pasted log lines put the code the client reports in the top 3, and say what the line says (${withCode.length} real lines)`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(withCode.length).toBeGreaterThanOrEqual(40);
  await page.goto('/');
  const missed: string[] = [];
  let first = 0;
  for (const c of withCode) {
    await box(page).fill(c.text);
    await expect(page.locator('code-search').getByRole('status')).toContainText(`“${c.text.slice(0, 40)}`, { timeout: 20_000 });
    const expected = c.families?.length ? codePath({ code: c.code!, family: c.families[0]! }) : codePath(c.code!);
    const hrefs = await options(page).evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    const rank = hrefs.indexOf(expected) + 1;
    if (rank === 1) first++;
    if (rank < 1 || rank > 3) missed.push(`${c.text} → ${hrefs.slice(0, 3).join(', ')} (expected ${expected}; from ${c.from})`);
    else await expect(options(page).nth(rank - 1), c.text).toContainText(c.library);
  }
  console.log(`pasted log lines: ${first} of ${withCode.length} first, ${withCode.length - missed.length} in the top 3`);
  expect(missed, 'lines whose reported code is not in the top 3').toEqual([]);
});

test('a failed handshake answers with 1006 and says why', async ({ page }) => {
  await page.goto('/codes/1000/');
  await box(page).fill('ws error: Unexpected server response: 502');
  const first = options(page).first();
  await expect(first).toHaveAttribute('href', '/codes/1006/');
  await expect(first).toContainText('HTTP 502 instead of 101');
  await expect(first).toContainText('Bad Gateway');
});
