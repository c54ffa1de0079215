/**
 * The work behind <timeout-finder>, loaded when the visitor first types: reads the number, finds the
 * documented limits near it and says so in the box's live region. Beside a table it marks the
 * matching rows (their figures come from the rows' data attributes) and names them in the sentence;
 * alone it loads the figures from /timeouts.json and lists the matches, as links to the table, inside
 * the live region, so that they are read out with the sentence. Data is written as text, never HTML.
 */
import { formatSeconds, matchTimeouts, parseDuration, TIMEOUTS_DATA_PATH, TIMEOUTS_PATH, type TimedLimit } from '../lib/timeouts';

/** One limit as the page needs it: what /timeouts.json holds for each entry. */
export interface FinderEntry extends TimedLimit {
  /** Product and limit, as a sentence names them: "nginx proxy_read_timeout". */
  readonly name: string;
}

const MATCH_CLASS = 'is-match';

function entriesFromRows(rows: HTMLTableRowElement[]): FinderEntry[] {
  return rows.map((row) => {
    const { seconds, min, max, name } = row.dataset;
    return {
      id: row.id,
      name: name ?? row.id,
      seconds: seconds ? Number(seconds) : min && max ? { min: Number(min), max: Number(max) } : null,
    };
  });
}

async function entriesFromData(source: string): Promise<FinderEntry[]> {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return (await response.json()) as FinderEntry[];
}

/** "3 limits match 60 seconds: nginx proxy_read_timeout; …", or only up to the colon when a list follows. */
export function announcement(seconds: number, matches: readonly FinderEntry[], listed = false): string {
  const time = formatSeconds(seconds);
  if (matches.length === 0) return `No documented limit here is near ${time}.`;
  const lead = matches.length === 1 ? `1 limit matches ${time}:` : `${matches.length} limits match ${time}:`;
  return listed ? lead : `${lead} ${matches.map((m) => m.name).join('; ')}.`;
}

export async function attach(host: HTMLElement): Promise<{ run(): void }> {
  const input = host.querySelector('input')!;
  const status = host.querySelector<HTMLElement>('[role="status"]')!;
  const table = host.dataset['table'] ? document.getElementById(host.dataset['table']) : null;
  const rows = table ? [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[id]')] : [];
  const sentence = document.createElement('p');
  const list = table ? null : document.createElement('ul');

  let entries: FinderEntry[];
  try {
    entries = table ? entriesFromRows(rows) : await entriesFromData(TIMEOUTS_DATA_PATH);
  } catch {
    entries = [];
    sentence.textContent = 'The list of limits could not be loaded.';
    status.replaceChildren(sentence);
  }

  /** Marks the rows, and says what matched: `message` alone, or with the list of links. */
  const show = (message: string, matches: FinderEntry[] = [], seconds?: number) => {
    const ids = new Set(matches.map((m) => m.id));
    for (const row of rows) row.classList.toggle(MATCH_CLASS, ids.has(row.id));
    sentence.textContent = message;
    if (!list || matches.length === 0) {
      status.replaceChildren(...(message ? [sentence] : []));
      return;
    }
    list.replaceChildren(
      ...matches.map((m) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${TIMEOUTS_PATH}?seconds=${encodeURIComponent(String(seconds))}#${encodeURIComponent(m.id)}`;
        link.textContent = m.name;
        item.append(link);
        return item;
      }),
    );
    status.replaceChildren(sentence, list);
  };

  return {
    run() {
      if (entries.length === 0) return;
      const text = input.value;
      if (text.trim() === '') return show('');
      const parsed = parseDuration(text);
      if (!parsed.ok) return show(parsed.error);
      const matches = matchTimeouts(parsed.seconds, entries);
      show(announcement(parsed.seconds, matches, list !== null), matches, parsed.seconds);
    },
  };
}
