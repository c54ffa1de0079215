/** The site under its own Content-Security-Policy, served with the headers from dist/_headers. */
import { expect, test, type Page } from '@playwright/test';

function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${req.url()}`);
  });
  return problems;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = store;
    document.addEventListener('securitypolicyviolation', (e) => store.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

for (const path of ['/', '/codes/1006/', '/compare/1010-vs-1014/', '/codes/4321/', '/link/', '/no-such-page/', '/codes/4004/', '/codes/4014/discord-gateway/', '/families/graphql-ws/', '/compare/?a=4014-discord-gateway&b=4406-graphql-ws']) {
  test(`${path} loads under the policy with no violation and no other origin`, async ({ page, baseURL }) => {
    const problems = watch(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('search works under the policy with no violation', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  await page.goto('/codes/1006/');
  await page.getByRole('combobox', { name: 'Search' }).fill('nginx timeout');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Search' }).fill('1005 vs 1006');
  await expect(page.getByRole('option').first()).toContainText('1005 vs 1006');
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the policy blocks what it should: inline script does not run', async ({ page }) => {
  await page.goto('/codes/1006/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});

test('the short-link redirect works under the policy', async ({ page }) => {
  await page.goto('/1006');
  await expect(page).toHaveURL(/\/codes\/1006\/$/);
  expect(await violations(page)).toEqual([]);
});
