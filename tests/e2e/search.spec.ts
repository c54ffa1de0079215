/** The search box, driven through the real UI in Chromium. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
  await expect(page.getByRole('status')).toContainText(`“${query}”`);
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
    if ((c.kind === 'number' || c.kind === 'name') && rank !== 1) {
      expect.soft(rank, `"${c.query}" must put ${c.expect} first`).toBe(1);
    }
  }
  const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
  console.log(`search hit rate over ${cases.length} queries: top 1 ${top1} (${pct(top1)}), top 3 ${top3} (${pct(top3)})`);
  if (misses.length > 0) console.log(`not first:\n  ${misses.join('\n  ')}`);
  expect(cases.length).toBeGreaterThanOrEqual(60);
  expect(top3 / cases.length).toBeGreaterThanOrEqual(0.95);
});
