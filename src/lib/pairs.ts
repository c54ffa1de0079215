/**
 * Code keys, pairs and their URL slugs. A registered code is its number; a family code is the number
 * and the family's slug ("4014-discord-gateway"). A pair is always stored in canonical order: lower
 * number first; for the same number the registered code, then families alphabetically.
 */

export interface CodeKey {
  code: number;
  /** The family slug; absent for a registered code. */
  family?: string | undefined;
}

export type CodeRef = number | CodeKey;

const keyOf = (ref: CodeRef): CodeKey => (typeof ref === 'number' ? { code: ref } : ref);

export function keySlug(ref: CodeRef): string {
  const { code, family } = keyOf(ref);
  return family ? `${code}-${family}` : String(code);
}

/** "1006" or "4014-discord-gateway"; null for anything else. */
export function parseKeySlug(slug: string): CodeKey | null {
  const match = /^(\d{1,4})(?:-([a-z][a-z0-9]*(?:-[a-z0-9]+)*))?$/.exec(slug);
  if (!match) return null;
  return match[2] ? { code: Number(match[1]), family: match[2] } : { code: Number(match[1]) };
}

export function sameKey(x: CodeRef, y: CodeRef): boolean {
  return keySlug(x) === keySlug(y);
}

/** Canonical order: number, then the registered code, then families alphabetically. */
export function compareKeys(x: CodeRef, y: CodeRef): number {
  const a = keyOf(x);
  const b = keyOf(y);
  if (a.code !== b.code) return a.code - b.code;
  if (!a.family || !b.family) return (a.family ? 1 : 0) - (b.family ? 1 : 0);
  return a.family < b.family ? -1 : a.family > b.family ? 1 : 0;
}

export interface Pair {
  a: CodeKey;
  b: CodeKey;
}

export function pairSlug(x: CodeRef, y: CodeRef): string {
  return `${keySlug(x)}-vs-${keySlug(y)}`;
}

export function canonicalPair(x: CodeRef, y: CodeRef): Pair {
  return compareKeys(x, y) <= 0 ? { a: keyOf(x), b: keyOf(y) } : { a: keyOf(y), b: keyOf(x) };
}

/** Parses "1010-vs-1014" or "4004-discord-gateway-vs-4004-graphql-ws"; order is kept as written. */
export function parsePairSlug(slug: string): { first: CodeKey; second: CodeKey } | null {
  const parts = slug.split('-vs-');
  if (parts.length !== 2) return null;
  const first = parseKeySlug(parts[0]!);
  const second = parseKeySlug(parts[1]!);
  return first && second ? { first, second } : null;
}

/** Every unordered pair of distinct keys, in canonical order. */
export function allPairs(refs: readonly CodeRef[]): Pair[] {
  const unique = new Map(refs.map((r) => [keySlug(r), keyOf(r)]));
  const sorted = [...unique.values()].sort(compareKeys);
  const pairs: Pair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push({ a: sorted[i]!, b: sorted[j]! });
  }
  return pairs;
}

export function codePath(ref: CodeRef, family?: string): string {
  const key = typeof ref === 'number' ? { code: ref, family } : ref;
  return key.family ? `/codes/${key.code}/${key.family}/` : `/codes/${key.code}/`;
}

export function familyPath(family: string): string {
  return `/families/${family}/`;
}

/** The static comparison page of a pair, canonical order whichever way it is asked. */
export function comparePath(x: CodeRef, y: CodeRef): string {
  const { a, b } = canonicalPair(x, y);
  return `/compare/${pairSlug(a, b)}/`;
}

/** The one page that compares any two codes in the browser, for pairs without a static page. */
export function dynamicComparePath(x: CodeRef, y: CodeRef): string {
  const { a, b } = canonicalPair(x, y);
  return `/compare/?a=${encodeURIComponent(keySlug(a))}&b=${encodeURIComponent(keySlug(b))}`;
}
