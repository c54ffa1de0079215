/**
 * Every route of the site, computed once from the content collections when a page module first
 * imports this file. Pages only map these to params and props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { allPairs, pairSlug, type Pair } from './lib/pairs';
import { rangeOf, RANGES, type CodeRange } from './lib/ranges';
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
