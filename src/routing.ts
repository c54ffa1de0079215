/**
 * Every route of the site, computed once from the content collections when a page module first
 * imports this file. Pages only map these to params and props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { allPairs, pairSlug, type Pair } from './lib/pairs';
import { HIGHEST_CODE, LOWEST_CODE, rangeOf, RANGES, type CodeRange } from './lib/ranges';
import { stem } from './lib/validate';

export type CodeEntry = CollectionEntry<'codes'>;
export type NoteEntry = CollectionEntry<'comparisons'>;

export const codes: CodeEntry[] = (await getCollection('codes')).sort((x, y) => x.data.code - y.data.code);

export const codeByNumber: ReadonlyMap<number, CodeEntry> = new Map(codes.map((e) => [e.data.code, e]));

const notes: ReadonlyMap<string, NoteEntry> = new Map(
  (await getCollection('comparisons')).map((n) => [stem(n.filePath ?? n.id), n]),
);

export interface ComparisonRoute extends Pair {
  slug: string;
  left: CodeEntry;
  right: CodeEntry;
  note: NoteEntry | undefined;
}

export const comparisons: ComparisonRoute[] = allPairs(codes.map((e) => e.data.code)).map(({ a, b }) => ({
  a,
  b,
  slug: pairSlug(a, b),
  left: codeByNumber.get(a)!,
  right: codeByNumber.get(b)!,
  note: notes.get(pairSlug(a, b)),
}));

export function comparisonsOf(code: number): ComparisonRoute[] {
  return comparisons.filter((c) => c.a === code || c.b === code);
}

export interface RangeGroup {
  range: CodeRange;
  entries: CodeEntry[];
}

export const rangeGroups: RangeGroup[] = RANGES.map((range) => ({
  range,
  entries: codes.filter((e) => rangeOf(e.data.code).id === range.id),
}));

export interface NumberRoute {
  code: number;
  /** The content entry, for documented codes. */
  entry: CodeEntry | undefined;
  /** For undocumented numbers: the nearest documented codes of the same range. */
  neighbours: { code: number; name: string }[];
}

/** How many documented codes an undocumented number's page points to. */
const NEIGHBOURS = 8;

/** Every number 0–4999 answers at /codes/<n>/ and /<n>/: documented codes with their page, the rest by range. */
export const numberRoutes: NumberRoute[] = Array.from({ length: HIGHEST_CODE - LOWEST_CODE + 1 }, (_, i) => {
  const code = LOWEST_CODE + i;
  const entry = codeByNumber.get(code);
  const range = rangeOf(code);
  const sameRange = rangeGroups.find((g) => g.range.id === range.id)?.entries ?? [];
  const neighbours = entry
    ? []
    : [...sameRange]
        .sort((x, y) => Math.abs(x.data.code - code) - Math.abs(y.data.code - code))
        .slice(0, NEIGHBOURS)
        .sort((x, y) => x.data.code - y.data.code)
        .map((e) => ({ code: e.data.code, name: e.data.name }));
  return { code, entry, neighbours };
});
