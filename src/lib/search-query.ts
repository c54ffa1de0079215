/**
 * What the search box makes of a query before and after Pagefind: numbers and names people paste
 * are answered exactly, and full-text results fill in behind them. Runs in the browser; pure.
 */
import { comparePath, codePath } from './pairs';
import { describeNumber } from './numbers';
import { isCodeNumber, rangeLabel } from './ranges';

export interface CodeRef {
  code: number;
  name: string;
  summary: string;
  /** Library constants and error texts that mean this code, as people paste them. */
  phrases: string[];
}

export interface SearchResult {
  kind: 'code' | 'comparison' | 'number';
  url: string;
  /** e.g. "1006 Abnormal Closure" or "1005 vs 1006" */
  title: string;
  text: string;
}

/** The phrases a code is known by: each constant in full and by its last part, and each error text. */
export function phrasesOf(constants: readonly { identifier: string }[], errorTexts: readonly { text: string }[]): string[] {
  const out = new Set<string>();
  for (const { identifier } of constants) {
    out.add(identifier);
    const last = identifier.split(/[.:[\]]+/).filter(Boolean).pop();
    if (last) out.add(last);
  }
  for (const { text } of errorTexts) out.add(text);
  return [...out];
}

/**
 * How well a pasted query matches a known phrase (both normalised): the length of the shared
 * phrase, when one contains the other as whole words and the shorter is long enough to be
 * specific, or 0. Longer shared phrases are more specific answers.
 */
function phraseScore(query: string, phrase: string): number {
  if (query === phrase) return Number.MAX_SAFE_INTEGER;
  const LONG = 12;
  const within = (outer: string, inner: string) => inner.length >= LONG && ` ${outer} `.includes(` ${inner} `);
  if (within(phrase, query)) return query.length;
  if (within(query, phrase)) return phrase.length;
  return 0;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function numbersIn(query: string): number[] {
  return [...query.matchAll(/(?<![\d.])\d{1,5}(?![\d.])/g)].map((m) => Number(m[0]));
}

function codeResult(c: CodeRef): SearchResult {
  return { kind: 'code', url: codePath(c.code), title: `${c.code} ${c.name}`, text: c.summary };
}

/** Answers the search box can give without the index. */
export function exactAnswers(query: string, codes: readonly CodeRef[]): SearchResult[] {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const out: SearchResult[] = [];
  const numbers = [...new Set(numbersIn(query))];
  const known = numbers.filter((n) => byCode.has(n));

  if (known.length >= 2) {
    const [x, y] = known as [number, number];
    const [a, b] = x < y ? [byCode.get(x)!, byCode.get(y)!] : [byCode.get(y)!, byCode.get(x)!];
    out.push({
      kind: 'comparison',
      url: comparePath(a.code, b.code),
      title: `${a.code} vs ${b.code}`,
      text: `${a.name} compared with ${b.name}: meanings, causes, fixes and key differences side by side.`,
    });
  }
  for (const n of known) out.push(codeResult(byCode.get(n)!));

  // Typing "100" on the way to "1006": documented codes that start with the digits come next, in order.
  const digits = query.trim();
  if (/^\d{1,3}$/.test(digits)) {
    for (const c of codes.filter((c) => String(c.code).startsWith(digits))) out.push(codeResult(c));
  }

  const alone = (n: number) => normalise(query) === String(n);
  for (const n of numbers.filter((x) => !byCode.has(x))) {
    if (!isCodeNumber(n)) {
      if (alone(n)) {
        out.push({
          kind: 'number',
          url: '/#ranges',
          title: `${n} is not a close code`,
          text: 'Close codes are numbers from 1000 to 4999; see the four ranges.',
        });
      }
      continue;
    }
    // In a longer query only a four-digit number is taken as a close code ("ws 8 closed" is not about 8).
    if (!alone(n) && n < 1000) continue;
    const d = describeNumber(n);
    out.push({
      kind: 'number',
      url: codePath(n),
      title: `${n}: ${d.status} (${rangeLabel(d.range)})`,
      text: d.summary,
    });
  }

  const q = normalise(query);
  if (q.length > 0) {
    const named = codes.find((c) => normalise(c.name) === q);
    if (named && !out.some((r) => r.url === codePath(named.code))) out.unshift(codeResult(named));
    const matches = codes
      .filter((c) => !out.some((r) => r.url === codePath(c.code)))
      .map((c) => ({ c, score: Math.max(0, ...c.phrases.map((p) => phraseScore(q, normalise(p)))) }))
      .filter((m) => m.score > 0)
      .sort((x, y) => y.score - x.score);
    for (const { c } of matches) out.push(codeResult(c));
  }
  return out;
}

/** Exact answers first, then the index's results without repeats. */
export function mergeResults(exact: readonly SearchResult[], indexed: readonly SearchResult[], limit = 8): SearchResult[] {
  const seen = new Set(exact.map((r) => r.url));
  return [...exact, ...indexed.filter((r) => !seen.has(r.url))].slice(0, limit);
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'to', 'for', 'with', 'and', 'or', 'is', 'my', 'by', 'from', 'after', 'when', 'why', 'what', 'how']);

/** The words of a query worth searching one by one when the whole query finds nothing. */
export function fallbackWords(query: string): string[] {
  const words = normalise(query)
    .split(' ')
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return words.length > 1 ? words : [];
}

/**
 * Ranks pages found by separate one-word searches: pages that match more of the words first,
 * then pages that ranked higher in each search.
 */
export function rankByWords(perWord: readonly (readonly string[])[]): string[] {
  const score = new Map<string, { hits: number; rankSum: number }>();
  for (const urls of perWord) {
    urls.forEach((url, rank) => {
      const s = score.get(url) ?? { hits: 0, rankSum: 0 };
      score.set(url, { hits: s.hits + 1, rankSum: s.rankSum + rank });
    });
  }
  return [...score.entries()]
    .sort(([, x], [, y]) => y.hits - x.hits || x.rankSum - y.rankSum)
    .map(([url]) => url);
}
