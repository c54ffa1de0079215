/**
 * Code pages answer first: on a 390 × 844 phone the first fix step starts within the first two
 * screens of every code page, registered and family, and the reading aids around it work.
 *
 * That every code page has a first fix step the markup shows is read from dist/ for all of them; where
 * it lands on a phone needs a browser, so it is measured on a sample chosen by a rule over the built
 * pages (see `measured()` below).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readCodeFiles, readFamilyCodeFiles } from '../support/content';
import { codePagePaths, hiddenByMarkup, pageAt, textBefore } from '../support/html';

const PHONE = { width: 390, height: 844 };
const codes = readCodeFiles();

/** The first fix step: the first action of the quick-fix block, else the first block of "How to Fix". */
const FIRST_FIX = '[data-fix-step="first"], #how-to-fix + *';
const quickFixName = (code: number) => `Most likely causes of ${code}, and what to do`;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every code page with the text a visitor reads before its first fix step (undefined: no step in the HTML). Read once, when a test needs it. */
let parsed: { path: string; doc: Document; step: Element | null; before: number | undefined }[] | undefined;
const codePages = () =>
  (parsed ??= codePagePaths().map((path) => {
    const doc = pageAt(path);
    const step = doc.querySelector(FIRST_FIX);
    return { path, doc, step, before: step ? textBefore(doc, step) : undefined };
  }));

/**
 * The pages measured in the browser: every registered code; for each family, its code page with the
 * most text before the first fix step; and the MOST_TEXT pages with the most text before it overall,
 * where the step sits lowest.
 */
const MOST_TEXT = 10;
const family = (path: string) => path.split('/')[3];
function measured(): string[] {
  const byText = [...codePages()].sort((a, b) => (b.before ?? 0) - (a.before ?? 0) || a.path.localeCompare(b.path));
  return [
    ...new Set([
      ...codes.map((c) => `/codes/${c.code}/`),
      ...[...Map.groupBy(byText.filter((p) => family(p.path)), (p) => family(p.path)!).values()].map((pages) => pages[0]!.path),
      ...byText.slice(0, MOST_TEXT).map((p) => p.path),
    ]),
  ];
}

test('every code page has a first fix step that its markup shows, and a quick-fix link to it leads to a step on the page', () => {
  expect(codePages()).toHaveLength(codes.length + readFamilyCodeFiles().length);
  const problems: string[] = [];
  for (const { path, doc, step } of codePages()) {
    if (!step) {
      problems.push(`${path}: no first fix step`);
      continue;
    }
    if (hiddenByMarkup(step)) problems.push(`${path}: the first fix step is hidden`);
    if (!step.textContent?.trim()) problems.push(`${path}: the first fix step is empty`);
    const href = step.getAttribute('href');
    if (step.matches('[data-fix-step="first"]') && !(href?.startsWith('#') && doc.getElementById(decodeURIComponent(href.slice(1))))) {
      problems.push(`${path}: the first fix step links to ${href}, which is not on the page`);
    }
  }
  expect(problems).toEqual([]);
});

test('the first fix step starts on screen 1 or 2 at 390 px, after the likely causes on every registered code and on the family pages where it sits lowest', async ({ browser }) => {
  test.setTimeout(5 * 60_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const offsets: { path: string; top: number }[] = [];
  for (const path of measured()) {
    await page.goto(path);
    const step = page.locator(FIRST_FIX).first();
    await expect(step, `${path} has a first fix step`).toBeVisible();
    const top = await step.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
    offsets.push({ path, top });
    const registered = codes.find((c) => path === `/codes/${c.code}/`);
    if (registered) {
      const block = page.getByRole('region', { name: quickFixName(registered.code) });
      await expect(block, `${path} has a quick-fix block`).toBeVisible();
      await expect(block.getByRole('link')).toHaveCount(registered.quickFix?.length ?? 0);
    }
  }
  await context.close();
  offsets.sort((a, b) => b.top - a.top);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/first-fix-offsets.json', JSON.stringify(offsets, null, 1));
  console.log(
    `first fix step at 390 × 844, ${offsets.length} of ${codePages().length} code pages; highest offsets:\n` +
      offsets.slice(0, 5).map((o) => `  ${o.top} px  ${o.path}`).join('\n') +
      `\n  registered codes: ${offsets.filter((o) => /^\/codes\/\d+\/$/.test(o.path)).map((o) => `${o.path.split('/')[2]} ${o.top}`).join(', ')}`,
  );
  expect(offsets.length).toBeGreaterThanOrEqual(codes.length + MOST_TEXT);
  expect(offsets.filter((o) => o.top >= 2 * PHONE.height)).toEqual([]);
});

test('every registered code opens with its likely causes, each linking a step that exists', () => {
  const problems: string[] = [];
  for (const c of codes) {
    const doc = pageAt(`/codes/${c.code}/`);
    const name = quickFixName(c.code);
    const block = [...doc.querySelectorAll('main section[aria-labelledby]')].find((el) => text(doc.getElementById(el.getAttribute('aria-labelledby')!)) === name);
    if (!block || hiddenByMarkup(block)) {
      problems.push(`${c.code}: no region "${name}" shown`);
      continue;
    }
    const links = [...block.querySelectorAll('a[href]')];
    if (links.length !== (c.quickFix?.length ?? 0)) problems.push(`${c.code}: ${links.length} links for ${c.quickFix?.length ?? 0} causes`);
    for (const line of c.quickFix ?? []) {
      const link = links.find((a) => text(a) === line.action);
      if (link?.getAttribute('href') !== `#${line.section}`) problems.push(`${c.code}: "${line.action}" links to ${link?.getAttribute('href')}`);
      if (doc.querySelectorAll(`.prose [id="${line.section}"]`).length !== 1) problems.push(`${c.code}: no one step #${line.section}`);
    }
  }
  expect(problems).toEqual([]);
});

test('following a quick fix lands on its step, clear of the sticky header', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  await page.getByRole('link', { name: "Raise the proxy's idle timeout, and send heartbeats" }).click();
  await expect(page).toHaveURL(/#2-raise-the-proxys-idle-timeout$/);
  const heading = page.getByRole('heading', { name: /^2\. Raise the proxy.s idle timeout$/ });
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom);
  await context.close();
});

test('the error messages people paste are near the top, before the facts box', async ({ page }) => {
  await page.goto('/codes/1006/');
  const messages = page.getByRole('region', { name: 'Error messages' });
  await expect(messages).toContainText('websocket: close 1006 (abnormal closure): unexpected EOF');
  const [messagesTop, factsTop] = await Promise.all([
    messages.evaluate((el) => el.getBoundingClientRect().top),
    page.getByRole('region', { name: 'Facts' }).evaluate((el) => el.getBoundingClientRect().top),
  ]);
  expect(messagesTop).toBeLessThan(factsTop);
});

test('the facts box says "never sent" once for a code that is never sent', async ({ page }) => {
  await page.goto('/codes/1006/');
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts.getByRole('definition')).toHaveCount(4);
  await expect(facts).toContainText('Nobody: reported locally, never in a Close frame');
  const values = await facts.getByRole('definition').allTextContents();
  expect(values.filter((v) => /never|nobody|^no\b/i.test(v))).toEqual(['Nobody: reported locally, never in a Close frame']);
});

test('long code lines scroll sideways in a labelled, focusable block, and copy copies the code', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  const block = page.locator('.code-block').filter({ hasText: 'proxy_read_timeout 3600s' });
  await expect(block.locator('.code-bar')).toContainText('nginx');
  const pre = block.locator('pre');
  await expect(pre).toHaveAttribute('tabindex', '0');
  const { scrollWidth, clientWidth, whiteSpace, tabSize } = await pre.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    whiteSpace: getComputedStyle(el).whiteSpace,
    tabSize: Number(getComputedStyle(el).tabSize),
  }));
  expect(whiteSpace).toBe('pre');
  expect(tabSize).toBeGreaterThanOrEqual(2);
  expect(tabSize).toBeLessThanOrEqual(4);
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await block.getByRole('button', { name: 'Copy nginx code' }).click();
  await expect(block.getByRole('button', { name: 'Copy nginx code' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await pre.locator('code').textContent());
  await context.close();
});

test('library identifiers never break mid-word on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  const table = page.getByRole('table', { name: 'Named constants for 1006' });
  for (const code of await table.locator('code').all()) {
    // Each line box of the identifier must end at a separator or at the identifier's end.
    const brokenMidWord = await code.evaluate((el) => {
      const text = el.textContent ?? '';
      const range = document.createRange();
      const tops: number[] = [];
      const node = [...el.childNodes].flatMap((n) => (n.nodeType === Node.TEXT_NODE ? [n] : []));
      let offset = 0;
      const breaks: string[] = [];
      for (const t of node) {
        for (let i = 0; i < (t.textContent ?? '').length; i++) {
          range.setStart(t, i);
          range.setEnd(t, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          if (tops.length > 0 && top > tops[tops.length - 1]! + 2) breaks.push(text.slice(0, offset + i));
          tops.push(top);
        }
        offset += (t.textContent ?? '').length;
      }
      return breaks.filter((before) => !/(\.|::|_)$/.test(before));
    });
    expect(brokenMidWord).toEqual([]);
  }
  await context.close();
});

test('search stays within reach at every scroll position on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/codes/1006/');
  const search = page.getByRole('combobox', { name: 'Search' });
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThan(100);
  for (const y of [2000, 8000, 1e6]) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await expect(search).toBeInViewport();
  }
  await context.close();
});

test('a long code page lists its sections and links to its Markdown file', async ({ page }) => {
  await page.goto('/codes/1006/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page.getByText('On this page', { exact: true }).click();
  for (const name of ['Description', 'When You See It', 'How to Fix', 'Sources']) {
    const link = toc.getByRole('link', { name, exact: true });
    const id = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/codes\/1006\.md$/);
});

test('headings carry a link to themselves', async ({ page }) => {
  await page.goto('/codes/1006/');
  await expect(page.locator('#how-to-fix > a.anchor')).toHaveAttribute('href', '#how-to-fix');
  await expect(page.getByRole('heading', { level: 2, name: 'How to Fix', exact: true })).toBeVisible();
});

test('printing opens the collapsed source list and hides the header', async ({ page }) => {
  await page.goto('/codes/1006/');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
});
