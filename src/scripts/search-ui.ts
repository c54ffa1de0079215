/**
 * The search box's behaviour, loaded only when a visitor starts to search: runs queries against
 * the exact answers and the Pagefind index, and renders the results as an accessible listbox.
 */
import {
  exactAnswers,
  fallbackWords,
  mergeResults,
  rankByWords,
  MAX_QUERY,
  type SearchData,
  type SearchResult,
} from '../lib/search-query';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

async function loadEngine() {
  const [pagefind, codes] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
    fetch('/search-codes.json').then((r) => {
      if (!r.ok) throw new Error(`search-codes.json: ${r.status}`);
      return r.json() as Promise<SearchData>;
    }),
  ]);
  await pagefind.options({ excerptLength: 0 });

  // Full-text results only add to the exact answers: a query Pagefind cannot take ("-1") finds nothing there.
  const pages = async (query: string) => {
    try {
      const found = await pagefind.search(query);
      return await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
    } catch {
      return [];
    }
  };

  return async (fullQuery: string): Promise<SearchResult[]> => {
    const query = fullQuery.slice(0, MAX_QUERY);
    const exact = exactAnswers(query, codes);
    let data = await pages(query);
    const words = data.length === 0 ? fallbackWords(query) : [];
    if (words.length > 0) {
      const perWord = await Promise.all(words.map(pages));
      const byUrl = new Map(perWord.flat().map((d) => [d.url, d]));
      data = rankByWords(perWord.map((list) => list.map((d) => d.url))).map((url) => byUrl.get(url)!);
    }
    const indexed = data.map(
      (d): SearchResult => ({
        kind: 'code',
        url: d.url,
        title: d.meta['title'] ?? d.url,
        text: d.meta['summary'] ?? '',
      }),
    );
    return mergeResults(exact, indexed);
  };
}

export function attach(root: HTMLElement) {
  const input = root.querySelector('input')!;
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const status = root.querySelector<HTMLElement>('.status')!;
  const list = root.querySelector<HTMLUListElement>('[role="listbox"]')!;
  // Loaded on first use; a failed load is forgotten, so the next keystroke tries again.
  let engine: ReturnType<typeof loadEngine> | undefined;
  const engineReady = () => {
    engine ??= loadEngine().catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
    return engine;
  };
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
    const current = index >= 0 ? list.children[index] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = (query: string) => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const li = document.createElement('li');
        li.id = `search-result-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset['url'] = r.url;
        const title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = r.title;
        const text = document.createElement('span');
        text.className = 'result-text';
        text.textContent = r.text;
        li.append(title, text);
        li.addEventListener('click', () => go(r.url));
        return li;
      }),
    );
    const count = results.length;
    const quoted = query.length > 120 ? `${query.slice(0, 120)}…` : query;
    status.textContent =
      count === 0 ? `No results for “${quoted}”.` : `${count} result${count === 1 ? '' : 's'} for “${quoted}”.`;
    shown = query;
    select(-1);
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
    if (!query) {
      results = [];
      shown = '';
      list.replaceChildren();
      status.textContent = '';
      select(-1);
      open(false);
      return;
    }
    try {
      const search = await engineReady();
      const found = await search(query);
      if (ticket !== latest) return;
      results = found;
      render(query);
    } catch {
      if (ticket === latest) fail();
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
