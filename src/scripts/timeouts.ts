/**
 * The work behind <timeout-finder>, loaded when the visitor first types: reads the number, finds the
 * documented limits near it and says so in the box's live region. Beside a table it marks the
 * matching rows (their figures come from the rows' data attributes); alone it loads the figures from
 * /timeouts.json and lists the matches as links to the table. Data is written as text, never HTML.
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

/** "3 limits match 60 seconds: nginx proxy_read_timeout, …" */
export function announcement(seconds: number, matches: readonly FinderEntry[]): string {
  const time = formatSeconds(seconds);
  if (matches.length === 0) return `No documented limit here is near ${time}.`;
  const names = matches.map((m) => m.name).join('; ');
  return matches.length === 1 ? `1 limit matches ${time}: ${names}.` : `${matches.length} limits match ${time}: ${names}.`;
}

export async function attach(host: HTMLElement): Promise<{ run(): void }> {
  const input = host.querySelector('input')!;
  const status = host.querySelector<HTMLElement>('[role="status"]')!;
  const table = host.dataset['table'] ? document.getElementById(host.dataset['table']) : null;
  const rows = table ? [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[id]')] : [];
  const list = table ? null : document.createElement('ul');
  if (list) {
    list.hidden = true;
    status.after(list);
  }

  let entries: FinderEntry[];
  try {
    entries = table ? entriesFromRows(rows) : await entriesFromData(TIMEOUTS_DATA_PATH);
  } catch {
    entries = [];
    status.textContent = 'The list of limits could not be loaded.';
  }

  const show = (matches: FinderEntry[], seconds: number | undefined) => {
    const ids = new Set(matches.map((m) => m.id));
    for (const row of rows) row.classList.toggle(MATCH_CLASS, ids.has(row.id));
    if (!list) return;
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
    list.hidden = matches.length === 0;
  };

  return {
    run() {
      if (entries.length === 0) return;
      const text = input.value;
      if (text.trim() === '') {
        show([], undefined);
        status.textContent = '';
        return;
      }
      const parsed = parseDuration(text);
      if (!parsed.ok) {
        show([], undefined);
        status.textContent = parsed.error;
        return;
      }
      const matches = matchTimeouts(parsed.seconds, entries);
      show(matches, parsed.seconds);
      status.textContent = announcement(parsed.seconds, matches);
    },
  };
}
