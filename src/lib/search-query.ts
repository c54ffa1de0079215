/**
 * What the search box makes of a query before and after Pagefind: numbers and names people paste
 * are answered exactly, and full-text results fill in behind them. Runs in the browser; pure.
 */
import { codePath, comparePath, dynamicComparePath, keySlug, type CodeKey } from './pairs';
import { hasStaticComparison } from './static-pairs';
import { describeNumber } from './numbers';
import { isCodeNumber, rangeLabel } from './ranges';

export interface CodeRef {
  code: number;
  name: string;
  summary: string;
  /** Library constants and error texts that mean this code, as people paste them. */
  phrases: string[];
  /** Set for a family code: its family's slug and name. */
  family?: string;
  familyName?: string;
  /** Codes whose comparison with this one has a static page (related codes, as "1008" or "4013-discord-gateway"). */
  related?: string[];
}

/** What the search box knows about the pairs that have a static comparison page beyond the rules. */
export interface SearchData {
  codes: CodeRef[];
  /** Hand-written notes, as "a-vs-b" slugs: their pairs have a static page. */
  notes: string[];
}

export interface SearchResult {
  kind: 'code' | 'comparison' | 'number';
  url: string;
  /** e.g. "1006 Abnormal Closure" or "1005 vs 1006" */
  title: string;
  text: string;
}

/** The longest query the box searches: enough for any error message, short enough to stay fast. */
export const MAX_QUERY = 200;

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

/** Whole numbers in a query; not parts of versions or decimals, and not negative numbers ("-1"). */
export function numbersIn(query: string): number[] {
  return [...query.matchAll(/(?<![\d.])(?<!(?:^|\s)[-\u2212])\d{1,5}(?![\d.])/g)].map((m) => Number(m[0]));
}

const keyOf = (c: CodeRef): CodeKey => ({ code: c.code, family: c.family });

function codeResult(c: CodeRef): SearchResult {
  return {
    kind: 'code',
    url: codePath(keyOf(c)),
    title: c.familyName ? `${c.code} ${c.name} (${c.familyName})` : `${c.code} ${c.name}`,
    text: c.summary,
  };
}

const tag = (c: CodeRef) => (c.familyName ? `${c.familyName} ${c.code}` : String(c.code));

/** The words of a family's name and slug, to recognise "discord 4014" or "graphql-ws 4401". */
function familyWords(c: CodeRef): Set<string> {
  return new Set(normalise(`${c.familyName ?? ''} ${c.family ?? ''}`).split(' ').filter((w) => w.length > 1));
}

/**
 * Which code a number in a query means: the registered code, or a family's when the query names the
 * family or only one family uses the number. Undefined when the number alone cannot tell.
 */
function resolve(n: number, words: readonly string[], codes: readonly CodeRef[]): CodeRef | undefined {
  const all = codes.filter((c) => c.code === n);
  const named = all.filter((c) => c.family && words.some((w) => familyWords(c).has(w)));
  if (named.length > 0) return named.sort((x, y) => familyScore(y, words) - familyScore(x, words))[0];
  return all.find((c) => !c.family) ?? (all.length === 1 ? all[0] : undefined);
}

function familyScore(c: CodeRef, words: readonly string[]): number {
  const mine = familyWords(c);
  return words.filter((w) => mine.has(w)).length;
}

/** Answers the search box can give without the index. */
export function exactAnswers(rawQuery: string, data: readonly CodeRef[] | SearchData): SearchResult[] {
  const { codes, notes } = Array.isArray(data) ? { codes: data as readonly CodeRef[], notes: [] } : (data as SearchData);
  const query = rawQuery.slice(0, MAX_QUERY);
  const out: SearchResult[] = [];
  const push = (r: SearchResult) => {
    if (!out.some((o) => o.url === r.url)) out.push(r);
  };
  const numbers = [...new Set(numbersIn(query))];
  const words = normalise(query.replace(/\d+/g, ' ')).split(' ').filter((w) => w.length > 1);
  const usedBy = (n: number) => codes.filter((c) => c.code === n);

  if (/^\s*[-\u2212]\d+\s*$/.test(query)) {
    push({
      kind: 'number',
      url: '/#ranges',
      title: `${query.trim()} is not a close code`,
      text: 'Close codes are whole numbers from 1000 to 4999; see the four ranges.',
    });
    return out;
  }

  const resolved = numbers.map((n) => resolve(n, words, codes)).filter((c): c is CodeRef => c !== undefined);
  if (resolved.length >= 2) {
    const [x, y] = resolved as [CodeRef, CodeRef];
    if (keySlug(keyOf(x)) !== keySlug(keyOf(y))) {
      const staticPage = hasStaticComparison(
        { key: keyOf(x), related: x.related ?? [] },
        { key: keyOf(y), related: y.related ?? [] },
        new Set(notes),
      );
      const [a, b] = x.code <= y.code ? [x, y] : [y, x];
      push({
        kind: 'comparison',
        url: staticPage ? comparePath(keyOf(x), keyOf(y)) : dynamicComparePath(keyOf(x), keyOf(y)),
        title: `${tag(a)} vs ${tag(b)}`,
        text: `${a.name} compared with ${b.name}: meanings, causes, fixes and key differences side by side.`,
      });
    }
  }

  for (const n of numbers) {
    const users = usedBy(n);
    if (users.length === 0) continue;
    const registered = users.find((c) => !c.family);
    const meanings = users.filter((c) => c.family).sort((x, y) => familyScore(y, words) - familyScore(x, words));
    const named = meanings.filter((c) => familyScore(c, words) > 0);
    const numberPage: SearchResult = {
      kind: 'number',
      url: codePath(n),
      title: `${n}: ${meanings.length} meanings`,
      text: `What ${meanings.map((m) => m.familyName).join(', ')} mean by ${n}, and how to tell which applies.`,
    };
    for (const c of named) push(codeResult(c));
    if (registered) push(codeResult(registered));
    else if (meanings.length === 1) push(codeResult(meanings[0]!));
    else push(numberPage);
    for (const c of meanings) push(codeResult(c));
  }

  // Typing "100" on the way to "1006": registered codes that start with the digits come next, in order.
  const digits = query.trim();
  if (/^\d{1,3}$/.test(digits)) {
    for (const c of codes.filter((c) => !c.family && String(c.code).startsWith(digits))) push(codeResult(c));
  }

  const alone = (n: number) => normalise(query) === String(n);
  for (const n of numbers.filter((x) => usedBy(x).length === 0)) {
    if (!isCodeNumber(n)) {
      if (alone(n)) {
        push({
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
    push({
      kind: 'number',
      url: codePath(n),
      title: `${n}: ${d.status} (${rangeLabel(d.range)})`,
      text: d.summary,
    });
  }

  const q = normalise(query);
  if (q.length > 0) {
    const named = codes.filter((c) => normalise(c.name) === q).sort((x, y) => Number(!!x.family) - Number(!!y.family));
    const before = out.length;
    for (const c of named) push(codeResult(c));
    // A name typed on its own is the best answer: move those ahead of anything numbers found.
    if (numbers.length === 0 && out.length > before) out.unshift(...out.splice(before));
    const matches = codes
      .map((c) => ({ c, score: Math.max(0, ...c.phrases.map((p) => phraseScore(q, normalise(p)))) }))
      .filter((m) => m.score > 0)
      .sort((x, y) => y.score - x.score);
    for (const { c } of matches) push(codeResult(c));
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
