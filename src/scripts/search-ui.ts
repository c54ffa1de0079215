/**
 * The search box's behaviour, loaded only when a visitor starts to search: runs queries against
 * the exact answers and the Pagefind index, and renders the results as an accessible listbox.
 */
import {
  exactAnswers,
  noLogLineReader,
  fallbackWords,
  indexNeed,
  mergeResults,
  pagePrior,
  rankByWords,
  withPhrases,
  MAX_QUERY,
  type PhraseData,
  type SearchData,
  type SearchResult,
} from '../lib/search-query';
import type { DiagnoseData } from '../lib/diagnose/catalogue';
import type { PageRecord, WordIndexHead, WordShard } from '../lib/word-index';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown at most; only these pages' records are fetched from the index. */
const LIMIT = 8;

function getJSON<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });
}

/** Loads once; a failed load is forgotten, so the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** The word index's head: every indexed page, Pagefind's id for each, and the shards that exist. */
const head = once(() => getJSON<WordIndexHead>('/search-pages.json'));

const toResults = (pages: readonly PageRecord[]): SearchResult[] => pages.map(([url, title, text]) => ({ kind: 'code', url, title, text }));

/** The site's own word index: the head, then one small shard per word of the query, each fetched once. */
async function loadWords() {
  const [words, index] = await Promise.all([import('../lib/word-index'), head()]);
  const shards = new Map<string, () => Promise<WordShard>>();
  const shard = (key: string) => {
    if (!shards.has(key)) shards.set(key, once(() => getJSON<WordShard>(`/search-words/${key}.json`)));
    return shards.get(key)!();
  };
  return async (query: string, data: SearchData): Promise<SearchResult[]> => {
    const terms = words.queryTerms(query);
    const keys = words.shardsFor(terms, index);
    const loaded = new Map(await Promise.all(keys.map(async (k) => [k, await shard(k)] as const)));
    return toResults(words.rankPages(terms, index, loaded, LIMIT, pagePrior(query, data)));
  };
}

/** Full-text search: the Pagefind index, loaded the first time a query needs it. */
async function loadIndex() {
  const [pagefind, index] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, head()]);
  // Searching in the page itself spares the worker script; the index is small enough for it.
  await pagefind.options({ excerptLength: 0, noWorker: true });

  // Full-text results only add to the exact answers: a query Pagefind cannot take ("-1") finds nothing there.
  const found = async (query: string) => {
    try {
      return (await pagefind.search(query))?.results ?? [];
    } catch {
      return [];
    }
  };

  return async (query: string): Promise<SearchResult[]> => {
    let hits = await found(query);
    const words = hits.length === 0 ? fallbackWords(query) : [];
    if (words.length > 0) {
      const perWord = await Promise.all(words.map(found));
      const byId = new Map(perWord.flat().map((r) => [r.id, r]));
      hits = rankByWords(perWord.map((list) => list.map((r) => r.id))).map((id) => byId.get(id)!);
    }
    // The page's own record (its whole text) is fetched only for a page the build did not list.
    const shown = await Promise.all(
      hits.slice(0, LIMIT).map(async (r): Promise<PageRecord> => {
        const known = index.pages[index.pagefind[r.id] ?? -1];
        if (known) return [known[0], known[1], known[2]];
        const d = await r.data();
        return [d.url, d.meta['title'] ?? d.url, d.meta['summary'] ?? ''];
      }),
    );
    return toResults(shown);
  };
}

function createEngine() {
  const codes = once(() => getJSON<SearchData>('/search-codes.json'));
  const phrases = once(async () => withPhrases(await codes(), await getJSON<PhraseData>('/search-phrases.json')));
  const index = once(loadIndex);
  const words = once(loadWords);
  // The log-line reader is needed only for queries with words, so it loads with the phrase list.
  // The documented messages (from /diagnose/) let a family's close reason name its family.
  const reader = once(async () => {
    const [{ logLineReader }, data] = await Promise.all([
      import('../lib/diagnose/search-reader'),
      getJSON<DiagnoseData>('/diagnose/data.json'),
    ]);
    return logLineReader(data.messages);
  });

  /**
   * Answers a query in one or two steps: `first` from the code lists and the word index (undefined
   * when neither finds anything), `full` with Pagefind's results merged in, fetched after the first
   * answer (undefined when the code list answers it all, or the first answer is already full).
   */
  return async (fullQuery: string) => {
    const query = fullQuery.slice(0, MAX_QUERY);
    const list = await codes();
    if (indexNeed(query, list) === 'no') return { first: exactAnswers(query, list), full: undefined };
    // Only what could be a pasted line (three words or more, or the punctuation of a log) loads the reader.
    const pasted = query.trim().split(/\s+/).length >= 3 || /[:()'"=[\]]/.test(query);
    const [known, readLine, fromWords] = await Promise.all([
      phrases(),
      pasted ? reader().catch(() => noLogLineReader) : noLogLineReader,
      // Without the word index, Pagefind alone answers.
      words()
        .then((search) => search(query, list))
        .catch((): SearchResult[] => []),
    ]);
    const first = mergeResults(exactAnswers(query, known, readLine), fromWords, LIMIT);
    // Pagefind only adds below the first answer, so it loads only when that answer has room for more.
    const full = first.length < LIMIT ? async () => mergeResults(first, await (await index())(query), LIMIT) : undefined;
    return { first: first.length > 0 ? first : undefined, full };
  };
}

export function attach(root: HTMLElement) {
  const input = root.querySelector('input')!;
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  // Each part loads on first use; a failed load is forgotten, so the next keystroke tries again.
  const search = createEngine();
  let results: SearchResult[] = [];
  let active = -1;
  let latest = 0;
  let shown = '';

  const open = (show: boolean) => {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show && results.length > 0));
  };

  const select = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === index)));
    const current = index >= 0 ? list.querySelectorAll('[role="option"]')[index] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = (query: string, keep = -1) => {
    // Results are links, so a visitor can open one in a new tab or copy its address; focus stays in the box.
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'none');
        const a = document.createElement('a');
        a.id = `search-result-${i}`;
        a.href = r.url;
        a.tabIndex = -1;
        a.setAttribute('role', 'option');
        a.setAttribute('aria-selected', 'false');
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = r.title;
        const text = document.createElement('span');
        text.className = 'result-text';
        text.textContent = r.text;
        a.append(title, text);
        li.append(a);
        return li;
      }),
    );
    const count = results.length;
    const quoted = query.length > 120 ? `${query.slice(0, 120)}…` : query;
    status.textContent =
      count === 0 ? `No results for “${quoted}”.` : `${count} result${count === 1 ? '' : 's'} for “${quoted}”.`;
    shown = query;
    select(keep < results.length ? keep : -1);
    open(true);
  };

  const fail = () => {
    results = [];
    shown = '';
    list.replaceChildren();
    status.replaceChildren('Search could not load. ', Object.assign(document.createElement('a'), {
      href: '/#all-codes',
      textContent: 'Browse the table of all codes',
    }), '.');
    open(true);
  };

  const go = (url: string) => {
    window.location.assign(url);
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    list.removeAttribute('aria-busy');
    if (!query) {
      results = [];
      shown = '';
      list.replaceChildren();
      status.textContent = '';
      select(-1);
      open(false);
      return;
    }
    let answered = false;
    try {
      const { first, full } = await search(query);
      if (ticket !== latest) return;
      if (first) {
        results = first;
        render(query);
        answered = true;
      }
      if (!full) return;
      // Results may still grow while the index answers.
      list.setAttribute('aria-busy', 'true');
      // The first answer paints before the index download starts.
      if (answered) await new Promise((resolve) => setTimeout(resolve));
      const merged = await full();
      if (ticket !== latest) return;
      const changed = merged.map((r) => r.url).join() !== results.map((r) => r.url).join();
      if (!answered || changed) {
        const closed = answered && panel.hidden;
        results = merged;
        // The index only adds below the first answer, so a result the visitor moved to stays selected.
        render(query, answered ? active : -1);
        if (closed) open(false);
      }
    } catch {
      // A first answer from the code list stands even if the full-text index cannot load.
      if (ticket === latest && !answered) fail();
    } finally {
      if (ticket === latest) list.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      open(true);
      select((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      select(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) event.preventDefault();
      open(false);
      select(-1);
      input.focus();
    }
  });
  input.addEventListener('focus', () => {
    // Only what belongs to the text in the box: a cleared box never brings back old results.
    if (input.value.trim() !== '' && input.value.trim() === shown) open(true);
  });
  document.addEventListener('click', (event) => {
    if (!root.contains(event.target as Node)) open(false);
  });

  return {
    run: () => void run(),
    submit: async () => {
      if (input.value.trim() !== shown) await run();
      const target = results[active >= 0 ? active : 0];
      if (target) go(target.url);
    },
  };
}
