/**
 * Which pairs of codes get a static comparison page: the pairs people compare. Every other pair is
 * answered by the one page that compares any two codes in the browser. The build and the search
 * box both ask this one function, so a search never links a static page that was not built.
 */
import { canonicalPair, keySlug, pairSlug, type CodeKey } from './pairs';

export interface PairInfo {
  key: CodeKey;
  /** The codes this one lists as related, as slugs ("1008", "4013-discord-gateway"). */
  related: readonly string[];
}

export function hasStaticComparison(x: PairInfo, y: PairInfo, notes: ReadonlySet<string>): boolean {
  if (keySlug(x.key) === keySlug(y.key)) return false;
  const registered = !x.key.family && !y.key.family;
  const sameFamily = !!x.key.family && x.key.family === y.key.family;
  const sameNumber = x.key.code === y.key.code;
  const related = x.related.includes(keySlug(y.key)) || y.related.includes(keySlug(x.key));
  const { a, b } = canonicalPair(x.key, y.key);
  return registered || sameFamily || sameNumber || related || notes.has(pairSlug(a, b));
}
