/** Comparison pairs and their URL slugs. A pair is always stored low code first. */

export interface Pair {
  a: number;
  b: number;
}

export function pairSlug(a: number, b: number): string {
  return `${a}-vs-${b}`;
}

export function canonicalPair(x: number, y: number): Pair {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

/** Parses "1010-vs-1014"; returns null for anything else. Order is kept as written. */
export function parsePairSlug(slug: string): { first: number; second: number } | null {
  const match = /^(\d{1,4})-vs-(\d{1,4})$/.exec(slug);
  if (!match) return null;
  return { first: Number(match[1]), second: Number(match[2]) };
}

/** Every unordered pair of distinct codes, in ascending order of (a, b). */
export function allPairs(codes: readonly number[]): Pair[] {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const pairs: Pair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push({ a: sorted[i]!, b: sorted[j]! });
  }
  return pairs;
}

export function codePath(code: number): string {
  return `/codes/${code}/`;
}

export function comparePath(x: number, y: number): string {
  const { a, b } = canonicalPair(x, y);
  return `/compare/${pairSlug(a, b)}/`;
}
