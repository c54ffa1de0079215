/**
 * The documented codes as the build published them in /codes.json, so steps that run after the
 * pages (search index, host files) work from exactly what the site serves.
 */
import { readFile } from 'node:fs/promises';

export async function publishedCodes(dir: URL): Promise<number[]> {
  const data = JSON.parse(await readFile(new URL('codes.json', dir), 'utf8')) as { codes: { code: number }[] };
  return data.codes.map((c) => c.code);
}

/**
 * Every page the search should find, as the build published them: registered code pages, family
 * code pages, family pages, and the pages of numbers that only families use.
 */
export async function searchablePages(dir: URL): Promise<string[]> {
  const data = JSON.parse(await readFile(new URL('codes.json', dir), 'utf8')) as {
    codes: { url: string }[];
    families?: { url: string }[];
    familyCodes?: { code: number; url: string }[];
  };
  const path = (url: string) => new URL(url).pathname;
  const registered = new Set(data.codes.map((c) => path(c.url)));
  const familyOnlyNumbers = [...new Set((data.familyCodes ?? []).map((c) => `/codes/${c.code}/`))].filter((p) => !registered.has(p));
  return [
    ...registered,
    ...(data.familyCodes ?? []).map((c) => path(c.url)),
    ...(data.families ?? []).map((f) => path(f.url)),
    ...familyOnlyNumbers,
  ];
}
