/**
 * Which documented time limits could explain a connection that closes after a given time. Pure: the
 * page script and the tests call it with the entries of src/data/timeouts.ts (or a subset).
 */
import ms from 'ms';

/** The page with the full table, and the figures the box loads where there is no table. */
export const TIMEOUTS_PATH = '/timeouts/';
export const TIMEOUTS_DATA_PATH = '/timeouts.json';

/** The shape of an entry that matching needs; src/data/timeouts.ts entries have it. */
export interface TimedLimit {
  readonly id: string;
  readonly seconds: number | { readonly min: number; readonly max: number } | null;
}

export interface Tolerance {
  /** Fraction of the limit, e.g. 0.1 for ±10 %. */
  readonly relative: number;
  /** Seconds, so that short limits still allow for a slow handshake or a late log line. */
  readonly absolute: number;
}

/** A close is rarely timed to the second: ±10 % or ±5 s, whichever is wider. */
export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.1, absolute: 5 };

/** The longest duration worth matching: a day. Anything longer is a typo or a different problem. */
export const LONGEST_SECONDS = 24 * 60 * 60;

export type ParsedDuration = { ok: true; seconds: number } | { ok: false; error: string };

/**
 * Reads what a visitor types: a bare number is seconds ("60"); a unit may follow, with or without a
 * space ("60s", "1m", "2 min", "1h", "120000 ms", "1.5 hours"), as the `ms` library reads units.
 */
export function parseDuration(input: string): ParsedDuration {
  const text = input.trim().replace(/,/g, '');
  if (text === '') return { ok: false, error: 'Type a number of seconds, such as 60, or a duration such as 2 min.' };
  const bare = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
  const millis = bare === undefined ? ms(text as ms.StringValue) : bare * 1000;
  if (typeof millis !== 'number' || !Number.isFinite(millis)) {
    return { ok: false, error: `“${input.trim()}” is not a duration: try 60, 90s, 2 min or 1h.` };
  }
  const seconds = millis / 1000;
  if (seconds <= 0) return { ok: false, error: 'A duration must be longer than zero.' };
  if (seconds > LONGEST_SECONDS) return { ok: false, error: 'That is longer than a day; no documented limit here is that long.' };
  return { ok: true, seconds };
}

/** How far `seconds` is from the limit: 0 inside a range. */
function distance(limit: number | { min: number; max: number }, seconds: number): number {
  if (typeof limit === 'number') return Math.abs(limit - seconds);
  if (seconds < limit.min) return limit.min - seconds;
  if (seconds > limit.max) return seconds - limit.max;
  return 0;
}

function allowance(limit: number | { min: number; max: number }, tolerance: Tolerance): number {
  const size = typeof limit === 'number' ? limit : limit.max;
  return Math.max(tolerance.absolute, size * tolerance.relative);
}

/**
 * The entries whose limit is within the tolerance of `seconds`, closest first; entries with no
 * figure (`seconds: null`) never match. Ties keep the order of `entries`.
 */
export function matchTimeouts<T extends TimedLimit>(
  seconds: number,
  entries: readonly T[],
  tolerance: Tolerance = DEFAULT_TOLERANCE,
): T[] {
  return entries
    .flatMap((entry, index) => {
      if (entry.seconds === null) return [];
      const off = distance(entry.seconds, seconds);
      return off <= allowance(entry.seconds, tolerance) ? [{ entry, off, index }] : [];
    })
    .sort((a, b) => a.off - b.off || a.index - b.index)
    .map((m) => m.entry);
}

/** "60 seconds", "2 minutes", "1.5 hours": how a figure reads in a sentence. */
export function formatSeconds(seconds: number): string {
  const unit = (n: number, word: string) => `${Number(n.toFixed(2))} ${word}${n === 1 ? '' : 's'}`;
  if (seconds >= 3600 && seconds % 900 === 0) return unit(seconds / 3600, 'hour');
  if (seconds >= 120 && seconds % 30 === 0) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

/** The figure as the table shows it: "60 s", "4 min (240 s)", "2 h (7200 s)", or a range. */
export function formatLimit(limit: number | { min: number; max: number } | null): string {
  if (limit === null) return 'none';
  if (typeof limit !== 'number') return `${formatLimit(limit.min)} to ${formatLimit(limit.max)}`;
  if (limit >= 3600 && limit % 900 === 0) return `${limit / 3600} h (${limit} s)`;
  if (limit >= 120 && limit % 60 === 0) return `${limit / 60} min (${limit} s)`;
  return `${limit} s`;
}

/** Text with `backticked` identifiers, split so the page can set each identifier in code. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}

/** The same text for a sentence read aloud or a JSON file: backticks removed. */
export function plainText(text: string): string {
  return text.replace(/`/g, '');
}
