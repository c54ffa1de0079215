/**
 * What the search box makes of a query before and after Pagefind: numbers and names people paste
 * are answered exactly, and full-text results fill in behind them. Runs in the browser; pure.
 */
import { codePath, comparePath, dynamicComparePath, familyPath, keySlug, type CodeKey } from './pairs';
import { hasStaticComparison } from './static-pairs';
import { describeNumber } from './numbers';
import { isCodeNumber, rangeLabel } from './ranges';

export interface CodeRef {
  code: number;
  name: string;
  summary: string;
  /** Library constants and error texts that mean this code, as people paste them (from the phrase list). */
  phrases?: string[];
  /** How people ask about the code in their own words (content's `askedAs`, from the phrase list). */
  askedAs?: string[];
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

/**
 * The words people paste or type for each code, by key slug ("1006", "4014-discord-gateway"): kept out
 * of the code list so that a number is answered without them, fetched when a query has words.
 */
export interface PhraseData {
  phrases: Record<string, string[]>;
  askedAs: Record<string, string[]>;
}

/** The code list with its phrases filled in. */
export function withPhrases(data: SearchData, extra: PhraseData): SearchData {
  return {
    ...data,
    codes: data.codes.map((c) => {
      const slug = keySlug(keyOf(c));
      return { ...c, phrases: extra.phrases[slug] ?? [], askedAs: extra.askedAs[slug] ?? [] };
    }),
  };
}

/**
 * Codes a pasted log line names, best first. This is where a log-line reader plugs in: give
 * `exactAnswers` one and the codes it recognises go ahead of every phrase match. Without one, only
 * the content's error texts and phrasings rank a pasted line.
 */
export type LogLineReader = (query: string) => readonly LogLineAnswer[];

/** A code a pasted line names, with what the line itself says (shown as the result's text). */
export interface LogLineAnswer extends CodeKey {
  said?: string;
}
export const noLogLineReader: LogLineReader = () => [];

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
function familyWordsOf(c: CodeRef): Set<string> {
  return new Set(normalise(`${c.familyName ?? ''} ${c.family ?? ''}`).split(' ').filter((w) => w.length > 1));
}

/**
 * Which code a number in a query means: the registered code, or a family's when the query names the
 * family or only one family uses the number. Undefined when the number alone cannot tell.
 */
function resolve(n: number, words: readonly string[], codes: readonly CodeRef[]): CodeRef | undefined {
  const all = codes.filter((c) => c.code === n);
  const named = all.filter((c) => c.family && words.some((w) => familyWordsOf(c).has(w)));
  if (named.length > 0) return named.sort((x, y) => familyScore(y, words) - familyScore(x, words))[0];
  return all.find((c) => !c.family) ?? (all.length === 1 ? all[0] : undefined);
}

function familyScore(c: CodeRef, words: readonly string[]): number {
  const mine = familyWordsOf(c);
  return words.filter((w) => mine.has(w)).length;
}

/** Words that carry no meaning of their own in a question about a close code. */
const FILLER = new Set(
  'a an the of to in on at for with is are was be it its my our by from when why what how do does did i me we you this that get got getting gets keep keeps'.split(' '),
);

/** A word reduced to a rough stem, so that "closed", "closing" and "close" meet. */
const stemOf = (w: string) => (w.length > 3 ? w.replace(/(?:ing|ed|es|e|s)$/, '') : w);

/** The meaningful words of a text, stemmed; digits are left to `numbersIn`. */
function contentWords(s: string): string[] {
  return [...new Set(normalise(s.replace(/\d+/g, ' ')).split(' ').filter((w) => w.length > 1 && !FILLER.has(w)).map(stemOf))];
}

/**
 * How well the words of a query and of a code's name or phrasing meet: the phrasing (two words or
 * more) whose words all occur in the query, in any order, or a query of two words or more whose
 * words all occur in the phrasing. More shared words rank higher; 0 when they do not meet.
 */
function wordScore(query: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0 || query.length === 0) return 0;
  const q = new Set(query);
  const shared = phrase.filter((w) => q.has(w)).length;
  if (shared === phrase.length && phrase.length >= 2) return shared + 0.5 - 0.01 * (query.length - shared);
  if (shared === query.length && query.length >= 2) return shared - 0.01 * (phrase.length - shared);
  return 0;
}

/**
 * Codes whose name or phrasings the query's words meet, best first. A family code whose family the
 * query does not name ranks a step lower, so that a plain name such as "connection closed" does not
 * put one application's code above the registered code a reader more likely has.
 */
function wordMatches(query: string, codes: readonly CodeRef[]): { c: CodeRef; score: number }[] {
  const words = contentWords(query);
  const named = normalise(query).split(' ');
  const score = (c: CodeRef) => {
    const best = Math.max(0, ...[c.name, ...(c.askedAs ?? [])].map((p) => wordScore(words, contentWords(p))));
    return best > 0 && c.family && familyScore(c, named) === 0 ? best - 1 : best;
  };
  return codes
    .map((c) => ({ c, score: score(c) }))
    .filter((m) => m.score > 0)
    .sort((x, y) => y.score - x.score || Number(!!x.c.family) - Number(!!y.c.family));
}

/** Codes whose constant or error text the query is or contains, most specific first. */
function phraseMatches(query: string, codes: readonly CodeRef[]): CodeRef[] {
  const q = normalise(query);
  if (!q) return [];
  return codes
    .map((c) => ({ c, score: Math.max(0, ...(c.phrases ?? []).map((p) => phraseScore(q, normalise(p)))) }))
    .filter((m) => m.score > 0)
    .sort((x, y) => y.score - x.score)
    .map((m) => m.c);
}

/** Codes named exactly (by name, constant, error text or phrasing), registered codes first. */
function namedExactly(part: string, codes: readonly CodeRef[]): CodeRef[] {
  const q = normalise(part);
  if (!q) return [];
  const is = (p: string) => normalise(p) === q;
  const byName = (c: CodeRef) => (is(c.name) ? 0 : 1);
  return codes
    .filter((c) => is(c.name) || (c.phrases ?? []).some(is) || (c.askedAs ?? []).some(is))
    .sort((x, y) => byName(x) - byName(y) || Number(!!x.family) - Number(!!y.family));
}

/**
 * The two sides of a question that compares codes: "going away vs normal closure", "1001 or 1006",
 * "difference between 1005 and 1006". Undefined unless the query splits into exactly two sides.
 */
export function comparedSides(query: string): [string, string] | undefined {
  const q = query
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(/^(?:what(?:'s| is| are)\s+)?(?:the\s+)?(?:differences?|diff)\s+(?:between\s+)?/i, '')
    .replace(/^compare\s+/i, '');
  const sides = q.split(/\s+(?:vs\.?|versus|or|and|compared\s+(?:to|with))\s+/i).map((s) => s.trim());
  return sides.length === 2 && sides[0] && sides[1] ? [sides[0], sides[1]] : undefined;
}

/** The one code a side of a comparison names, or undefined when it names none or several equally. */
function resolveSide(side: string, codes: readonly CodeRef[]): CodeRef | undefined {
  const numbers = numbersIn(side);
  const words = normalise(side.replace(/\d+/g, ' ')).split(' ').filter((w) => w.length > 1);
  if (numbers.length === 1) return resolve(numbers[0]!, words, codes);
  if (numbers.length > 1) return undefined;
  const named = namedExactly(side, codes);
  if (named.length > 0) return named[0];
  const [best, next] = wordMatches(side, codes);
  return best && (!next || best.score > next.score) ? best.c : undefined;
}

function comparisonResult(x: CodeRef, y: CodeRef, notes: readonly string[]): SearchResult | undefined {
  if (keySlug(keyOf(x)) === keySlug(keyOf(y))) return undefined;
  const staticPage = hasStaticComparison(
    { key: keyOf(x), related: x.related ?? [] },
    { key: keyOf(y), related: y.related ?? [] },
    new Set(notes),
  );
  const [a, b] = x.code <= y.code ? [x, y] : [y, x];
  return {
    kind: 'comparison',
    url: staticPage ? comparePath(keyOf(x), keyOf(y)) : dynamicComparePath(keyOf(x), keyOf(y)),
    title: `${tag(a)} vs ${tag(b)}`,
    text: `${a.name} compared with ${b.name}: meanings, causes, fixes and key differences side by side.`,
  };
}

/** Words that only join or frame numbers ("1005 vs 1006", "close code 1006"), so need no full text. */
const FRAMING = new Set(['vs', 'versus', 'or', 'and', 'difference', 'between', 'compare', 'close', 'closed', 'code', 'status', 'websocket', 'ws', 'error']);

/**
 * Whether a query needs the full-text index: "no" when it is only numbers (with family names and
 * joining words), "after" when the code list answers it exactly (a name, a constant, an error text,
 * a comparison of two named codes) and the index may add to that answer later, "now" otherwise.
 */
export function indexNeed(rawQuery: string, data: SearchData): 'no' | 'after' | 'now' {
  const query = rawQuery.slice(0, MAX_QUERY);
  const familyWords = new Set(data.codes.flatMap((c) => [...familyWordsOf(c)]));
  const words = normalise(query.replace(/\d+/g, ' ')).split(' ').filter(Boolean);
  if (words.length === 0) return 'no';
  if (numbersIn(query).length > 0 && words.every((w) => FRAMING.has(w) || familyWords.has(w))) return 'no';
  const sides = comparedSides(query);
  if (sides && sides.every((s) => resolveSide(s, data.codes))) return 'after';
  return namedExactly(query, data.codes).length > 0 ? 'after' : 'now';
}

/** Answers the search box can give without the index. */
export function exactAnswers(
  rawQuery: string,
  data: readonly CodeRef[] | SearchData,
  readLogLine: LogLineReader = noLogLineReader,
): SearchResult[] {
  const { codes, notes } = Array.isArray(data) ? { codes: data as readonly CodeRef[], notes: [] } : (data as SearchData);
  const query = rawQuery.slice(0, MAX_QUERY);
  const out: SearchResult[] = [];
  const push = (r: SearchResult | undefined) => {
    if (r && !out.some((o) => o.url === r.url)) out.push(r);
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

  // Two sides each naming one code ("going away vs normal closure", "1001 or 1006"): their comparison first.
  const sides = comparedSides(query)?.map((s) => resolveSide(s, codes));
  if (sides?.[0] && sides[1]) push(comparisonResult(sides[0], sides[1], notes));
  const resolved = numbers.map((n) => resolve(n, words, codes)).filter((c): c is CodeRef => c !== undefined);
  if (resolved.length >= 2) push(comparisonResult(resolved[0]!, resolved[1]!, notes));

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

  if (normalise(query).length > 0) {
    const before = out.length;
    for (const c of namedExactly(query, codes)) push(codeResult(c));
    // A name typed on its own is the best answer: move those ahead of anything numbers found.
    if (numbers.length === 0 && out.length > before) out.unshift(...out.splice(before));
    for (const key of readLogLine(query)) {
      const c = codes.find((x) => keySlug(keyOf(x)) === keySlug(key));
      if (!c) continue;
      const result = key.said ? { ...codeResult(c), text: key.said } : codeResult(c);
      // A code the line's number already found keeps its place and says what the line says.
      const found = out.find((o) => o.url === result.url);
      if (found) found.text = result.text;
      else push(result);
    }

    for (const c of phraseMatches(query, codes)) push(codeResult(c));
    for (const { c } of wordMatches(query, codes)) push(codeResult(c));
  }
  return out;
}

/** How much less likely a page is what a query is after when it belongs to a family the query does not name. */
export const UNNAMED_FAMILY_PRIOR = 0.6;

/**
 * A prior for full-text results by kind of page: a registered code's page as it is; a family's page
 * or one of its codes as much when the query names the family, less when it does not; the page of a
 * number only families use less again. This is the rule the exact answers follow: a plain question
 * ("idle timeout") is more likely about the registered code a reader has than about one application's.
 */
export function pagePrior(query: string, data: SearchData): (url: string) => number {
  const named = normalise(query).split(' ');
  const prior = new Map<string, number>();
  for (const c of data.codes) {
    const weight = !c.family || familyScore(c, named) > 0 ? 1 : UNNAMED_FAMILY_PRIOR;
    prior.set(codePath(keyOf(c)), weight);
    if (c.family) prior.set(familyPath(c.family), weight);
  }
  // Any other indexed page is the page of a number only families use.
  return (url) => prior.get(url) ?? UNNAMED_FAMILY_PRIOR * UNNAMED_FAMILY_PRIOR;
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
