/**
 * The four ranges of close code numbers and what RFC 6455 §7.4.2 says of each.
 * Everything here follows from the number alone, so none of it is stored in content.
 */
export type RangeId = 'unused' | 'protocol' | 'registered' | 'private';

export interface CodeRange {
  id: RangeId;
  first: number;
  last: number;
  title: string;
  /** One paragraph, for the home page guide. */
  meaning: string;
}

export const RANGES: readonly CodeRange[] = [
  {
    id: 'unused',
    first: 0,
    last: 999,
    title: 'Not used',
    meaning:
      'RFC 6455 sets no meaning for numbers below 1000 and no endpoint should send them. A library that reports one is reporting its own internal state, not a code from the wire.',
  },
  {
    id: 'protocol',
    first: 1000,
    last: 2999,
    title: 'Protocol',
    meaning:
      'Reserved for the WebSocket protocol itself, its revisions and its extensions. New codes here need IETF review; 1016–2999 are unassigned today.',
  },
  {
    id: 'registered',
    first: 3000,
    last: 3999,
    title: 'Registered',
    meaning:
      'For libraries, frameworks and applications. Each code is registered with IANA on a first come, first served basis, so its meaning is public and shared.',
  },
  {
    id: 'private',
    first: 4000,
    last: 4999,
    title: 'Private use',
    meaning:
      'Never registered. The two applications at either end agree on what each code means, so only the sending application’s documentation can tell you.',
  },
];

export const LOWEST_CODE = 0;
export const HIGHEST_CODE = 4999;

export function isCodeNumber(n: number): boolean {
  return Number.isInteger(n) && n >= LOWEST_CODE && n <= HIGHEST_CODE;
}

export function rangeOf(code: number): CodeRange {
  const range = RANGES.find((r) => code >= r.first && code <= r.last);
  if (!range) throw new RangeError(`${code} is not a close code number (0–4999)`);
  return range;
}

export function rangeLabel(range: CodeRange): string {
  return `${range.first}–${range.last}`;
}

/**
 * WHATWG WebSockets Standard, close(): script may pass only 1000 or 3000–4999;
 * any other code throws an InvalidAccessError before anything is sent.
 */
export function browserMaySend(code: number): boolean {
  return code === 1000 || (code >= 3000 && code <= 4999);
}
