/** Short links, every-number pages, published JSON and the URL patterns the site promises to keep. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { readCodeFiles, readFamilyCodeFiles, readFamilyFiles } from '../support/content';
import { DIST, read } from '../support/dist';

const documented = readCodeFiles().map((c) => c.code);
const json = (path: string) => JSON.parse(read(join(DIST, path))) as Record<string, unknown>;

test('/1006 leads to the 1006 page', async ({ page }) => {
  await page.goto('/1006');
  await expect(page).toHaveURL(/\/codes\/1006\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('1006');
});

test('/codes/1006/ is the documented page', async ({ page }) => {
  const response = await page.goto('/codes/1006/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

const undocumented = [
  { code: 2000, status: /reserved and unassigned/i, says: /not valid on the wire/ },
  { code: 3700, status: /unassigned in the registered range/i, says: /has no registration/ },
  { code: 4321, status: /private use/i, says: /documentation/ },
  { code: 42, status: /not a valid close code/i, says: /leaves 0–999 unused/ },
];

for (const u of undocumented) {
  test(`/codes/${u.code}/ explains its range and stays out of search engines`, async ({ page }) => {
    const response = await page.goto(`/codes/${u.code}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(u.code));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(u.status);
    await expect(page.getByRole('main')).toContainText(u.says);
    await expect(page.getByRole('heading', { level: 2, name: 'What to Do' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    expect(read(join(DIST, 'sitemap.xml'))).not.toContain(`/codes/${u.code}/`);
  });

  test(`/${u.code} leads to /codes/${u.code}/`, async ({ page }) => {
    await page.goto(`/${u.code}`);
    await expect(page).toHaveURL(new RegExp(`/codes/${u.code}/$`));
  });
}

for (const path of ['/codes/99999/', '/codes/abc/', '/5000/']) {
  test(`${path} gets a 404 that explains the valid range`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('main')).toContainText('1000 to 4999');
    await expect(page.getByRole('link', { name: 'see the table of all codes' })).toBeVisible();
  });
}

test('/compare/1014-vs-1010/ leads to /compare/1010-vs-1014/', async ({ page }) => {
  await page.goto('/compare/1014-vs-1010/');
  await expect(page).toHaveURL(/\/compare\/1010-vs-1014\/$/);
});

test('codes.json validates against its schema and lists exactly the documented codes', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(json('codes.schema.json'));
  const data = json('codes.json');
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect((data['codes'] as { code: number }[]).map((c) => c.code)).toEqual(documented);
});

test('codes.json maps every (number, family) to one name and URL, with its checked date and versions', () => {
  const data = json('codes.json') as unknown as {
    codes: { code: number; checked: string; sources: { url: string; version?: string }[] }[];
    familyCodes: { code: number; family: string; name: string; url: string; checked: string }[];
    families: { slug: string; codes: { code: number; url: string }[] }[];
  };
  const families = readFamilyFiles();
  const familyCodes = readFamilyCodeFiles();
  expect(data.families.map((f) => f.slug).sort()).toEqual(families.map((f) => f.slug).sort());
  const keys = data.familyCodes.map((c) => `${c.code}/${c.family}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(keys.sort()).toEqual(familyCodes.map((c) => `${c.code}/${c.family}`).sort());
  for (const c of data.familyCodes) {
    expect(new URL(c.url).pathname).toBe(`/codes/${c.code}/${c.family}/`);
    expect(c.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const c of data.codes) {
    expect(c.checked, `${c.code} checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of c.sources.filter((x) => /github\.com\/[^/]+\/[^/]+\/blob\//.test(x.url))) {
      expect(s.version, `${c.code}: ${s.url}`).toBeTruthy();
    }
  }
  const validate = new Ajv2020({ strict: true }).compile(json('family-code.schema.json'));
  for (const c of familyCodes.slice(0, 20)) {
    const one = json(`codes/${c.code}/${c.family}.json`);
    expect(validate(one), `${c.code}/${c.family}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
});

test('each /codes/<code>.json validates against the one-code schema', () => {
  const validate = new Ajv2020({ strict: true }).compile(json('code.schema.json'));
  for (const code of documented) {
    const data = json(`codes/${code}.json`);
    expect(validate(data), `${code}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(data['code']).toBe(code);
  }
});

test('the schema rejects data that drifts from it', () => {
  const validate = new Ajv2020({ strict: true }).compile(json('code.schema.json'));
  const good = json('codes/1006.json');
  expect(validate({ ...good, renamed: good['name'] })).toBe(false);
  const { name: _dropped, ...missing } = good;
  expect(validate(missing)).toBe(false);
});

test('the redirects file gives every documented code a 301 and nothing else', () => {
  const rules = read(join(DIST, '_redirects'))
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));
  for (const code of documented) {
    expect(rules).toContainEqual([`/${code}`, `/codes/${code}/`, '301']);
    expect(rules).toContainEqual([`/${code}/`, `/codes/${code}/`, '301']);
  }
  expect(rules).toHaveLength(documented.length * 2);
});

/**
 * The public URL patterns. Error messages, logs and other sites link to these; changing one
 * breaks those links, so a change here must be deliberate.
 */
const PUBLIC_URLS: Record<string, string[]> = {
  'home: /': ['index.html'],
  'code page: /codes/<n>/ for every n in 0–4999': Array.from({ length: 5000 }, (_, n) => `codes/${n}/index.html`),
  'short link: /<n> for every n in 0–4999': Array.from({ length: 5000 }, (_, n) => `${n}/index.html`),
  'comparison: /compare/<a>-vs-<b>/ and reversed': documented.flatMap((a) =>
    documented.filter((b) => b !== a).map((b) => `compare/${a}-vs-${b}/index.html`),
  ),
  'family code: /codes/<n>/<family>/ and its JSON': readFamilyCodeFiles().flatMap((c) => [
    `codes/${c.code}/${c.family}/index.html`,
    `codes/${c.code}/${c.family}.json`,
  ]),
  'family: /families/<family>/': readFamilyFiles().map((f) => `families/${f.slug}/index.html`),
  'any pair: /compare/?a=…&b=…': ['compare/index.html'],
  'data: /codes.json, /codes/<code>.json and schemas': [
    'codes.json',
    'codes.schema.json',
    'code.schema.json',
    'family-code.schema.json',
    ...documented.map((c) => `codes/${c}.json`),
  ],
  'library authors: /link/': ['link/index.html'],
  'site files': ['sitemap.xml', 'robots.txt', 'favicon.svg', '404.html', '_redirects'],
};

for (const [pattern, files] of Object.entries(PUBLIC_URLS)) {
  test(`public URL pattern still answers: ${pattern}`, () => {
    expect(files.filter((f) => !existsSync(join(DIST, f)))).toEqual([]);
  });
}
