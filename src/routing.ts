/**
 * Every route of the site, computed once from the content collections when a page module first
 * imports this file. Pages only map these to params and props.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { familyView, registeredView, type CodeView, type FamilyView } from './lib/code-view';
import { allPairs, canonicalPair, compareKeys, familyPath, keySlug, pairSlug, parsePairSlug, type CodeKey, type Pair } from './lib/pairs';
import { hasStaticComparison } from './lib/static-pairs';
import { HIGHEST_CODE, LOWEST_CODE, rangeOf, RANGES, type CodeRange } from './lib/ranges';
import { stem } from './lib/validate';

export type CodeEntry = CollectionEntry<'codes'> | CollectionEntry<'familyCodes'>;
export type NoteEntry = CollectionEntry<'comparisons'>;

const registeredEntries = (await getCollection('codes')).sort((x, y) => x.data.code - y.data.code);
const familyEntries = await getCollection('familyCodes');
const familyFiles = (await getCollection('families')).sort((x, y) => x.data.name.localeCompare(y.data.name, 'en'));

/** The family slug of a family code entry: its folder ("discord-gateway/4014"). */
const folderOf = (e: CollectionEntry<'familyCodes'>) => e.id.split('/')[0]!;

const familyNames = new Map(familyFiles.map((f) => [f.id, f.data.name]));

/** Registered codes, ascending. */
export const registered: CodeView[] = registeredEntries.map((e) => registeredView(e.data));

/** Every code page: registered codes, then family codes, in canonical order. */
export const allCodes: CodeView[] = [
  ...registered,
  ...familyEntries.map((e) => familyView(e.data, { slug: folderOf(e), name: familyNames.get(folderOf(e)) ?? folderOf(e) })),
].sort((x, y) => compareKeys(x.key, y.key));

const viewBySlug = new Map(allCodes.map((v) => [v.slug, v]));
const entryBySlug = new Map<string, CodeEntry>([
  ...registeredEntries.map((e) => [String(e.data.code), e] as const),
  ...familyEntries.map((e) => [`${e.data.code}-${folderOf(e)}`, e] as const),
]);

export function viewOf(key: CodeKey): CodeView | undefined {
  return viewBySlug.get(keySlug(key));
}

/** The content entry behind a view, for rendering its body. */
export function entryOf(view: CodeView): CodeEntry {
  return entryBySlug.get(view.slug)!;
}

export const codeByNumber: ReadonlyMap<number, CodeView> = new Map(registered.map((v) => [v.code, v]));

/** Every family, by name, with its codes in order. */
export const families: FamilyView[] = familyFiles.map((f) => ({
  slug: f.id,
  name: f.data.name,
  path: familyPath(f.id),
  data: f.data,
  codes: allCodes.filter((v) => v.family?.slug === f.id),
}));

export const familyEntryOf = (slug: string) => familyFiles.find((f) => f.id === slug)!;

/** Every meaning a family gives a number. */
export function familyMeanings(code: number): CodeView[] {
  return allCodes.filter((v) => v.code === code && v.family);
}

const notes: ReadonlyMap<string, NoteEntry> = new Map(
  (await getCollection('comparisons')).map((n) => [stem(n.filePath ?? n.id), n]),
);

export interface ComparisonRoute extends Pair {
  slug: string;
  left: CodeView;
  right: CodeView;
  note: NoteEntry | undefined;
}

/**
 * The pairs that get a static page: every pair of registered codes, every pair within a family,
 * each code with the codes it lists as related, codes that share a number, and every pair with a
 * note. Any other pair is answered in the browser by /compare/?a=…&b=….
 */
function staticPairs(): Pair[] {
  const out = new Map<string, Pair>();
  const add = (p: Pair) => out.set(pairSlug(p.a, p.b), p);
  allPairs(registered.map((v) => v.key)).forEach(add);
  for (const family of families) allPairs(family.codes.map((v) => v.key)).forEach(add);
  for (const view of allCodes) {
    for (const r of view.related) if (viewOf(r.key)) add(canonicalPair(view.key, r.key));
  }
  const byNumber = Map.groupBy(allCodes, (v) => v.code);
  for (const group of byNumber.values()) if (group.length > 1) allPairs(group.map((v) => v.key)).forEach(add);
  for (const slug of notes.keys()) {
    const parsed = parsePairSlug(slug);
    if (parsed) add(canonicalPair(parsed.first, parsed.second));
  }
  const info = (key: CodeKey) => ({ key, related: (viewOf(key)?.related ?? []).map((r) => keySlug(r.key)) });
  const noteSlugs = new Set(notes.keys());
  return [...out.values()]
    .filter((p) => hasStaticComparison(info(p.a), info(p.b), noteSlugs))
    .sort((x, y) => compareKeys(x.a, y.a) || compareKeys(x.b, y.b));
}

export const comparisons: ComparisonRoute[] = staticPairs().map(({ a, b }) => ({
  a,
  b,
  slug: pairSlug(a, b),
  left: viewOf(a)!,
  right: viewOf(b)!,
  note: notes.get(pairSlug(a, b)),
}));

/** The hand-written notes' pair slugs, for the search box's rule on static comparison pages. */
export const noteSlugs: string[] = [...notes.keys()].sort();

export function comparisonsOf(key: CodeKey): ComparisonRoute[] {
  const slug = keySlug(key);
  return comparisons.filter((c) => c.left.slug === slug || c.right.slug === slug);
}

export interface RangeGroup {
  range: CodeRange;
  entries: CodeView[];
}

export const rangeGroups: RangeGroup[] = RANGES.map((range) => ({
  range,
  entries: registered.filter((v) => rangeOf(v.code).id === range.id),
}));

export interface NumberRoute {
  code: number;
  /** The registered code of that number, if any. */
  entry: CodeView | undefined;
  /** What families make of the number. */
  meanings: CodeView[];
  /** For numbers nobody documents: the nearest registered codes of the same range. */
  neighbours: { code: number; name: string }[];
}

/** How many documented codes an undocumented number's page points to. */
const NEIGHBOURS = 8;

/** Every number 0–4999 answers at /codes/<n>/ and /<n>/: with its page, its family meanings, or its range. */
export const numberRoutes: NumberRoute[] = Array.from({ length: HIGHEST_CODE - LOWEST_CODE + 1 }, (_, i) => {
  const code = LOWEST_CODE + i;
  const entry = codeByNumber.get(code);
  const meanings = familyMeanings(code);
  const range = rangeOf(code);
  const sameRange = rangeGroups.find((g) => g.range.id === range.id)?.entries ?? [];
  const neighbours =
    entry || meanings.length > 0
      ? []
      : [...sameRange]
          .sort((x, y) => Math.abs(x.code - code) - Math.abs(y.code - code))
          .slice(0, NEIGHBOURS)
          .sort((x, y) => x.code - y.code)
          .map((v) => ({ code: v.code, name: v.name }));
  return { code, entry, meanings, neighbours };
});
