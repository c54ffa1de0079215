/**
 * Application and protocol families: their pages, their codes, and the number pages that list every meaning.
 * What every family page lists is read from dist/; the browser opens the family pages with the longest and
 * the shortest tables.
 */
import { expect, test } from '@playwright/test';
import { readCodeFiles, readFamilyCodeFiles, readFamilyFiles, type FamilyFile } from '../support/content';
import { pageAt } from '../support/html';

const families = readFamilyFiles();
const familyCodes = readFamilyCodeFiles();
const registered = new Set(readCodeFiles().map((c) => c.code));
const familyName = (slug: string) => families.find((f) => f.slug === slug)!.name;
const byNumber = Map.groupBy(familyCodes, (c) => c.code);

test('the real site has at least 8 families and 100 family codes', () => {
  expect(families.length).toBeGreaterThanOrEqual(8);
  expect(familyCodes.length).toBeGreaterThanOrEqual(100);
});

/** A family page's table of codes, as a visitor and a screen reader find it: by its caption. */
const tableName = (family: FamilyFile) => `${family.name} close codes with their reconnect rules`;
const codesOf = (family: FamilyFile) => familyCodes.filter((c) => c.family === family.slug);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

test('every family page lists its codes with their reconnect rules, and links its documentation', () => {
  const problems: string[] = [];
  for (const family of families) {
    const doc = pageAt(`/families/${family.slug}/`);
    const main = doc.querySelector('main');
    if (text(doc.querySelector('main h1')) !== `${family.name} close codes`) problems.push(`${family.slug}: heading "${text(doc.querySelector('main h1'))}"`);
    if (!text(main).includes(family.reconnect.replace(/\s+/g, ' ').trim())) problems.push(`${family.slug}: no reconnect rule`);
    const table = [...doc.querySelectorAll('main table')].find((t) => text(t.querySelector('caption')) === tableName(family));
    if (!table) {
      problems.push(`${family.slug}: no table named "${tableName(family)}"`);
      continue;
    }
    const mine = codesOf(family);
    if (table.querySelectorAll('tr').length !== mine.length + 1) problems.push(`${family.slug}: ${table.querySelectorAll('tr').length} rows for ${mine.length} codes`);
    for (const c of mine) {
      const row = table.querySelector(`a[href="/codes/${c.code}/${family.slug}/"]`)?.closest('tr');
      if (!row) problems.push(`${family.slug}: no row links ${c.code}`);
      else if (!text(row).includes(c.name)) problems.push(`${family.slug}: the ${c.code} row lacks its name`);
      else if (c.reconnectNote && !text(row).includes(c.reconnectNote.replace(/\s+/g, ' ').trim())) problems.push(`${family.slug}: the ${c.code} row lacks its reconnect note`);
    }
    const facts = doc.querySelector('main section[aria-labelledby="facts-heading"]');
    const docs = [...(facts?.querySelectorAll('a') ?? [])].find((a) => text(a) === new URL(family.docs).hostname);
    if (docs?.getAttribute('href') !== family.docs) problems.push(`${family.slug}: the facts do not link ${family.docs}`);
  }
  expect(problems).toEqual([]);
});

/** In the browser: the family pages with the most and the fewest codes (ties by name), the longest and the shortest table. */
const bySize = [...families].sort((a, b) => codesOf(b).length - codesOf(a).length || a.slug.localeCompare(b.slug));
for (const family of new Set([bySize[0]!, bySize.at(-1)!])) {
  test(`family page ${family.slug} lists its codes with their reconnect rules`, async ({ page }) => {
    const response = await page.goto(`/families/${family.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${family.name} close codes`);
    await expect(page.getByText(family.reconnect, { exact: false }).first()).toBeVisible();
    const mine = codesOf(family);
    const table = page.getByRole('table', { name: tableName(family) });
    await expect(table.getByRole('row')).toHaveCount(mine.length + 1);
    for (const c of mine) {
      const row = table.getByRole('row').filter({ has: page.locator(`a[href="/codes/${c.code}/${family.slug}/"]`) });
      await expect(row).toContainText(c.name);
      if (c.reconnectNote) await expect(row).toContainText(c.reconnectNote);
    }
    await expect(page.getByRole('region', { name: 'Facts' }).getByRole('link', { name: new URL(family.docs).hostname })).toHaveAttribute('href', family.docs);
  });
}

const step = Math.max(1, Math.floor(familyCodes.length / 14));
for (const c of familyCodes.filter((_, i) => i % step === 0)) {
  test(`family code page ${c.code} of ${c.family} shows its name, family and sections`, async ({ page }) => {
    const response = await page.goto(`/codes/${c.code}/${c.family}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${c.code} ${c.name}`);
    await expect(page).toHaveTitle(`${c.code} ${c.name}: ${familyName(c.family)} close code | WebSocket Close Codes`);
    for (const name of ['Description', 'When You See It', 'How to Fix', 'Reconnect Advice', 'Sources']) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    const facts = page.getByRole('region', { name: 'Facts' });
    await expect(facts.getByRole('link', { name: familyName(c.family), exact: true })).toHaveAttribute('href', `/families/${c.family}/`);
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByText(`${c.sources.length} source${c.sources.length === 1 ? '' : 's'}`, { exact: true }).click();
    await expect(sources.getByRole('listitem')).toHaveCount(c.sources.length);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: String(c.code) })).toHaveAttribute(
      'href',
      `/codes/${c.code}/`,
    );
  });
}

for (const n of [4004, 4001]) {
  test(`/codes/${n}/ lists every family meaning of ${n} and how to tell them apart`, async ({ page }) => {
    const meanings = byNumber.get(n) ?? [];
    expect(meanings.length).toBeGreaterThan(2);
    await page.goto(`/${n}`);
    await expect(page).toHaveURL(new RegExp(`/codes/${n}/$`));
    const table = page.getByRole('table', { name: `Meanings of ${n} by application or protocol` });
    await expect(table.getByRole('row')).toHaveCount(meanings.length + 1);
    for (const m of meanings) {
      const row = table.getByRole('row').filter({ has: page.locator(`a[href="/codes/${n}/${m.family}/"]`) });
      await expect(row).toContainText(familyName(m.family));
      await expect(row).toContainText(m.summary);
    }
    await expect(page.getByRole('heading', { level: 3, name: 'Which One Applies to You' })).toBeVisible();
    await expect(page.getByText('Read the reason string.')).toBeVisible();
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
  });
}

test('a registered code that families also use says so', async ({ page }) => {
  const shared = [...byNumber.keys()].find((n) => registered.has(n));
  test.skip(shared === undefined, 'no family uses a registered number');
  await page.goto(`/codes/${shared}/`);
  const section = page.getByRole('region', { name: `Other Meanings of ${shared}` });
  for (const m of byNumber.get(shared!)!) {
    await expect(section.locator(`a[href="/codes/${shared}/${m.family}/"]`)).toBeVisible();
  }
});

test('a number nobody uses keeps its range page', async ({ page }) => {
  const unused = Array.from({ length: 1000 }, (_, i) => 4000 + i).find((n) => !byNumber.has(n))!;
  await page.goto(`/codes/${unused}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${unused} Private use`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the home page lists every family', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Applications and protocols with their own close codes' });
  for (const f of families) await expect(table.getByRole('link', { name: f.name, exact: true })).toHaveAttribute('href', `/families/${f.slug}/`);
});

test('codes that share a number across families have a static comparison, reversed URL included', async ({ page }) => {
  const [a, b] = byNumber.get(4004)!.sort((x, y) => x.family.localeCompare(y.family));
  await page.goto(`/compare/4004-${b!.family}-vs-4004-${a!.family}/`);
  await expect(page).toHaveURL(new RegExp(`/compare/4004-${a!.family}-vs-4004-${b!.family}/$`));
  for (const name of ['How to Tell Them Apart', 'Side by Side', 'What to Do', 'When to Use Which', 'Learn More']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Both use the number 4004')).toBeVisible();
});

test('any other pair is compared in the browser, and a pair with a static page goes there', async ({ page }) => {
  const x = familyCodes.find((c) => c.family === 'discord-gateway' && c.code === 4014)!;
  const y = familyCodes.find((c) => c.family === 'graphql-ws' && c.code === 4401)!;
  await page.goto(`/compare/?a=${x.code}-${x.family}&b=${y.code}-${y.family}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${familyName(x.family)} ${x.code} vs ${familyName(y.family)} ${y.code}: ${x.name} vs ${y.name}`,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Key Differences' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader', { name: `${familyName(x.family)} ${x.code}` })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.goto('/compare/?a=1014&b=1010');
  await expect(page).toHaveURL(/\/compare\/1010-vs-1014\/$/);
});

test('the browser comparison page explains itself and links every code without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/?a=4014-discord-gateway&b=4401-graphql-ws');
  await expect(page.getByText(/It needs JavaScript/)).toBeVisible();
  await expect(page.locator('a[href="/codes/4014/discord-gateway/"]')).toBeVisible();
  await expect(page.locator('a[href="/codes/4401/graphql-ws/"]')).toBeVisible();
  await context.close();
});
