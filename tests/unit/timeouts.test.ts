import { describe, expect, it } from 'vitest';
import { TIMEOUT_KINDS, TIMEOUT_NATURES, TIMEOUTS, type Timeout } from '../../src/data/timeouts';
import { formatLimit, formatSeconds, matchTimeouts, parseDuration } from '../../src/lib/timeouts';

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);
const seconds = (input: string) => {
  const parsed = parseDuration(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.seconds;
};

describe('parseDuration', () => {
  it('reads a bare number as seconds', () => {
    expect(seconds('60')).toBe(60);
    expect(seconds(' 100 ')).toBe(100);
    expect(seconds('7,200')).toBe(7200);
    expect(seconds('0.5')).toBe(0.5);
  });

  it('reads units with or without a space', () => {
    expect(seconds('60s')).toBe(60);
    expect(seconds('1m')).toBe(60);
    expect(seconds('2 min')).toBe(120);
    expect(seconds('4 minutes')).toBe(240);
    expect(seconds('1h')).toBe(3600);
    expect(seconds('2 hours')).toBe(7200);
    expect(seconds('120000 ms')).toBe(120);
    expect(seconds('1.5h')).toBe(5400);
  });

  it('refuses what is not a duration, with a sentence saying what to type', () => {
    for (const bad of ['', '   ', 'soon', '60 parsecs', '1:30', '<b>60</b>']) {
      const parsed = parseDuration(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/duration|seconds/);
    }
  });

  it('refuses zero, negative and absurdly long durations', () => {
    expect(parseDuration('0').ok).toBe(false);
    expect(parseDuration('-5s').ok).toBe(false);
    expect(parseDuration('3 days').ok).toBe(false);
  });
});

describe('matchTimeouts', () => {
  const fixtures = [
    { id: 'a', seconds: 60 },
    { id: 'b', seconds: 55 },
    { id: 'c', seconds: 100 },
    { id: 'd', seconds: { min: 240, max: 300 } },
    { id: 'e', seconds: null },
    { id: 'f', seconds: 7200 },
  ] as const;

  it('finds limits within ±10 % or ±5 s, closest first', () => {
    expect(ids(matchTimeouts(60, fixtures))).toEqual(['a', 'b']);
    expect(ids(matchTimeouts(57, fixtures))).toEqual(['b', 'a']);
    expect(ids(matchTimeouts(94, fixtures))).toEqual(['c']);
    expect(ids(matchTimeouts(7000, fixtures))).toEqual(['f']);
    expect(ids(matchTimeouts(6400, fixtures))).toEqual([]);
  });

  it('treats a range as matching anywhere inside it', () => {
    expect(ids(matchTimeouts(270, fixtures))).toEqual(['d']);
    expect(ids(matchTimeouts(320, fixtures))).toEqual(['d']);
    expect(ids(matchTimeouts(340, fixtures))).toEqual([]);
  });

  it('never matches an entry without a figure, and says nothing for a number nothing is near', () => {
    expect(ids(matchTimeouts(1234, fixtures))).toEqual([]);
    expect(matchTimeouts(60, [{ id: 'x', seconds: null }])).toEqual([]);
  });

  it('takes a tighter tolerance when asked', () => {
    expect(ids(matchTimeouts(60, fixtures, { relative: 0, absolute: 0 }))).toEqual(['a']);
  });

  it('finds the documented candidates for the usual numbers', () => {
    expect(ids(matchTimeouts(60, TIMEOUTS))).toEqual(
      expect.arrayContaining(['nginx-proxy-read-timeout', 'ingress-nginx-proxy-read-timeout', 'aws-alb-idle-timeout']),
    );
    expect(ids(matchTimeouts(350, TIMEOUTS))).toContain('aws-nlb-tcp-idle-timeout');
    expect(ids(matchTimeouts(7200, TIMEOUTS))).toEqual(['aws-api-gateway-duration']);
    expect(ids(matchTimeouts(30, TIMEOUTS))).toEqual(['google-cloud-backend-service-timeout']);
    expect(ids(matchTimeouts(240, TIMEOUTS))[0]).toBe('azure-load-balancer-idle');
  });
});

describe('formatting', () => {
  it('writes seconds the way a sentence says them', () => {
    expect(formatSeconds(60)).toBe('60 seconds');
    expect(formatSeconds(1)).toBe('1 second');
    expect(formatSeconds(120)).toBe('2 minutes');
    expect(formatSeconds(7200)).toBe('2 hours');
    expect(formatSeconds(5400)).toBe('1.5 hours');
    expect(formatSeconds(95)).toBe('95 seconds');
  });

  it('writes a limit with its seconds beside the larger unit', () => {
    expect(formatLimit(60)).toBe('60 s');
    expect(formatLimit(240)).toBe('4 min (240 s)');
    expect(formatLimit(7200)).toBe('2 h (7200 s)');
    expect(formatLimit(350)).toBe('350 s');
    expect(formatLimit(null)).toBe('none');
    expect(formatLimit({ min: 240, max: 6000 })).toBe('4 min (240 s) to 100 min (6000 s)');
  });
});

describe('the timeouts data', () => {
  const entries: readonly Timeout[] = TIMEOUTS;

  it('has one entry per id', () => {
    expect(new Set(ids(entries)).size).toBe(entries.length);
    for (const e of entries) expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every entry an https source and a checked date', () => {
    for (const e of entries) {
      for (const source of [e.source, ...(e.seeAlso ? [e.seeAlso] : [])]) {
        expect(new URL(source.url).protocol, e.id).toBe('https:');
        expect(source.title.length, e.id).toBeGreaterThan(5);
        expect(source.checked, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(source.checked)), e.id).toBe(false);
      }
    }
  });

  it('cites open-source code at a tag, never a moving branch', () => {
    for (const e of entries.filter((x) => x.source.url.startsWith('https://github.com/'))) {
      expect(e.source.url, e.id).toMatch(/\/blob\/(?!main\/|master\/)[^/]+\//);
    }
  });

  it('has positive seconds wherever it gives a figure, and says why where it gives none', () => {
    for (const e of entries) {
      if (e.seconds === null) {
        expect(e.note, e.id).toMatch(/no default/i);
      } else if (typeof e.seconds === 'number') {
        expect(e.seconds, e.id).toBeGreaterThan(0);
      } else {
        expect(e.seconds.min, e.id).toBeGreaterThan(0);
        expect(e.seconds.max, e.id).toBeGreaterThan(e.seconds.min);
      }
    }
  });

  it('uses only the closed sets of kinds and natures', () => {
    for (const e of entries) {
      expect(TIMEOUT_KINDS, e.id).toContain(e.kind);
      expect(TIMEOUT_NATURES, e.id).toContain(e.nature);
    }
  });

  it('names a setting unless the limit is fixed', () => {
    for (const e of entries.filter((x) => x.nature !== 'fixed')) expect(e.setting, e.id).toBeTruthy();
  });
});
