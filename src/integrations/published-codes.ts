/**
 * The codes as the build published them in /codes.json, so steps that run after the pages
 * (search index, host files) work from exactly what the site serves.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { codePath } from '../lib/pairs';
import type { publicCodeListSchema } from '../public-data';

type Published = z.infer<typeof publicCodeListSchema>;

async function published(dir: URL): Promise<Published> {
  return JSON.parse(await readFile(new URL('codes.json', dir), 'utf8')) as Published;
}

/** The registered codes, ascending. */
export async function publishedCodes(dir: URL): Promise<number[]> {
  return (await published(dir)).codes.map((c) => c.code);
}

/**
 * Every page the search should find: registered code pages, family code pages, family pages, and
 * the pages of numbers that only families use.
 */
export async function searchablePages(dir: URL): Promise<string[]> {
  const data = await published(dir);
  const path = (url: string) => new URL(url).pathname;
  const registered = new Set(data.codes.map((c) => path(c.url)));
  const familyOnlyNumbers = [...new Set(data.familyCodes.map((c) => codePath(c.code)))].filter((p) => !registered.has(p));
  return [...registered, ...data.familyCodes.map((c) => path(c.url)), ...data.families.map((f) => path(f.url)), ...familyOnlyNumbers];
}
