/**
 * The site's own word index: a first full-text answer for the search box at a few kilobytes, before
 * (and beside) Pagefind, whose WebAssembly and word chunks cost well over 100 KB on a first search.
 *
 * The build feeds it the text Pagefind extracted from each page, so both indexes see the same words.
 * Words are stemmed with the Porter stemmer and split into shards by their first two letters: a query
 * fetches one small shard per word. Pages are ranked by how many of the query's words they contain,
 * then by BM25. Pure: runs at build time and in the browser.
 */
import { stemmer } from 'stemmer';

/** A page as the search box shows it: address, title, summary. */
export type PageRecord = [url: string, title: string, summary: string];

/** What the search box fetches first for a text query (`/search-pages.json`). */
export interface WordIndexHead {
  /** Every indexed page, with its length in words for BM25. */
  pages: [...PageRecord, words: number][];
  /** Pagefind's id for each page (its fragment's name) → position in `pages`. */
  pagefind: Record<string, number>;
  /** The shards that exist: first two letters of their stems. */
  shards: string[];
}

/**
 * One shard (`/search-words/<key>.json`): each stem's postings as a flat list of pairs, the gap from
 * the previous page's position, then the stem's weight on that page.
 */
export type WordShard = Record<string, number[]>;

/** A page to index: its record and the text Pagefind extracted from it. */
export interface IndexedPage {
  record: PageRecord;
  content: string;
  /** Pagefind's id for the page. */
  id: string;
}

/** A word in the title counts as this many words of body text. */
const TITLE_WEIGHT = 5;
/** A word in the summary (the page's first answer) counts as this many. */
const SUMMARY_WEIGHT = 2;

/** Words too common in questions to tell pages apart. */
const STOP = new Set(
  'a an and are as at be but by do does for from had has have how i if in is it its me my no not of on or our so that the their then there these they this to was we were what when where which who why will with you your'.split(' '),
);

/**
 * The words of a text, lower-cased, as written. Digits stay inside a word ("http2") but a bare
 * number is left out: numbers are answered from the code list, and would crowd every shard.
 */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

export const stem = (word: string): string => stemmer(word);

/** The shard a stem lives in. */
export const shardOf = (s: string): string => s.slice(0, 2);

/** Builds the head and the shards from the pages Pagefind indexed. */
export function buildWordIndex(pages: readonly IndexedPage[]): { head: WordIndexHead; shards: Map<string, WordShard> } {
  const sorted = [...pages].sort((x, y) => x.record[0].localeCompare(y.record[0]));
  const weights = new Map<string, Map<number, number>>();
  const head: WordIndexHead = { pages: [], pagefind: {}, shards: [] };
  sorted.forEach((page, i) => {
    const [, title, summary] = page.record;
    const body = wordsOf(page.content);
    head.pages.push([...page.record, body.length]);
    head.pagefind[page.id] = i;
    const add = (words: string[], weight: number) => {
      for (const w of words) {
        const s = stem(w);
        const perPage = weights.get(s) ?? new Map<number, number>();
        perPage.set(i, (perPage.get(i) ?? 0) + weight);
        weights.set(s, perPage);
      }
    };
    add(body, 1);
    add(wordsOf(title), TITLE_WEIGHT);
    add(wordsOf(summary), SUMMARY_WEIGHT);
  });
  const shards = new Map<string, WordShard>();
  for (const s of [...weights.keys()].sort()) {
    const key = shardOf(s);
    const shard = shards.get(key) ?? {};
    let previous = 0;
    shard[s] = [...weights.get(s)!].flatMap(([page, weight]) => {
      const gap = page - previous;
      previous = page;
      return [gap, weight];
    });
    shards.set(key, shard);
  }
  head.shards = [...shards.keys()];
  return { head, shards };
}

/** One word of a query: its stem, and whether it may be the start of a longer word still being typed. */
export interface QueryTerm {
  stem: string;
  word: string;
  prefix: boolean;
}

/**
 * The most words of a query looked up: a pasted line of 200 characters would otherwise fetch twenty
 * shards. Its first words are its message; the log-line reader reads the rest.
 */
export const MAX_TERMS = 8;

/**
 * The terms of a query worth looking up. Stop words are dropped unless nothing else is left. The
 * last word counts as a prefix while the visitor may still be typing it (no space after it yet).
 */
export function queryTerms(query: string): QueryTerm[] {
  const all = wordsOf(query);
  const kept = all.filter((w) => !STOP.has(w));
  const words = [...new Set(kept.length > 0 ? kept : all)].slice(0, MAX_TERMS);
  const typing = /[a-z0-9]$/i.test(query);
  return words.map((word) => ({ stem: stem(word), word, prefix: typing && word === all.at(-1) && word.length >= 3 }));
}

/** The shards a query's terms need. */
export function shardsFor(terms: readonly QueryTerm[], head: WordIndexHead): string[] {
  const have = new Set(head.shards);
  return [...new Set(terms.flatMap((t) => (t.prefix ? [shardOf(t.stem), shardOf(t.word)] : [shardOf(t.stem)])))].filter((k) => have.has(k));
}

/** A term's postings: page position → weight, for the stem and, for a prefix, every stem it starts. */
function postings(term: QueryTerm, shards: ReadonlyMap<string, WordShard>): Map<number, number> {
  const out = new Map<number, number>();
  const take = (list: readonly number[]) => {
    let page = 0;
    for (let i = 0; i + 1 < list.length; i += 2) {
      page += list[i]!;
      out.set(page, Math.max(out.get(page) ?? 0, list[i + 1]!));
    }
  };
  const exact = shards.get(shardOf(term.stem))?.[term.stem];
  if (exact) take(exact);
  if (term.prefix) {
    for (const [s, list] of Object.entries(shards.get(shardOf(term.word)) ?? {})) {
      if (s !== term.stem && s.startsWith(term.word)) take(list);
    }
  }
  return out;
}

/** BM25's constants: how fast repeated words stop adding, and how much a long page is discounted. */
const K1 = 1.2;
const B = 0.75;

/**
 * Pages that contain the query's terms, best first: those with more of the terms, then by BM25
 * times the page's `prior` (how likely a page of its kind is what the query is after).
 * `shards` must hold the shards `shardsFor` named.
 */
export function rankPages(
  terms: readonly QueryTerm[],
  head: WordIndexHead,
  shards: ReadonlyMap<string, WordShard>,
  limit = 8,
  prior: (url: string) => number = () => 1,
): PageRecord[] {
  const n = head.pages.length;
  if (n === 0 || terms.length === 0) return [];
  const average = head.pages.reduce((sum, p) => sum + p[3], 0) / n;
  const scores = new Map<number, { terms: number; score: number }>();
  for (const term of terms) {
    const found = postings(term, shards);
    const idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
    for (const [page, weight] of found) {
      const length = head.pages[page]?.[3] ?? average;
      const tf = (weight * (K1 + 1)) / (weight + K1 * (1 - B + (B * length) / average));
      const s = scores.get(page) ?? { terms: 0, score: 0 };
      scores.set(page, { terms: s.terms + 1, score: s.score + idf * tf });
    }
  }
  const weighted = [...scores].map(([page, s]) => [page, { terms: s.terms, score: s.score * prior(head.pages[page]?.[0] ?? '') }] as const);
  return weighted
    .sort(([, x], [, y]) => y.terms - x.terms || y.score - x.score)
    .slice(0, limit)
    .flatMap(([page]) => {
      const p = head.pages[page];
      return p ? [[p[0], p[1], p[2]] as PageRecord] : [];
    });
}
