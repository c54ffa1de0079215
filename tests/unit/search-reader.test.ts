import { describe, expect, it } from 'vitest';
import { logLineReader, saidBy } from '../../src/lib/diagnose/search-reader';
import { readLogLine } from '../../src/lib/diagnose/log-lines';
import { LOG_CASES } from '../support/diagnose-cases';

describe('the log-line reader as the search box uses it', () => {
  const read = logLineReader();

  it('answers a failed handshake with 1006 and says which status came back', () => {
    const [answer] = read('ws error: Unexpected server response: 502');
    expect(answer).toMatchObject({ code: 1006 });
    expect(answer?.said).toMatch(/^ws \(Node\.js\): HTTP 502 instead of 101/);
    expect(answer?.said).toContain('Bad Gateway');
  });

  it('names the code and reason a library says it sent', () => {
    const [answer] = read('websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received');
    expect(answer).toMatchObject({ code: 1011 });
    expect(answer?.said).toContain('1011 “keepalive ping timeout”');
  });

  it('puts a family code ahead of the bare number when the reason is the family’s', () => {
    const line = LOG_CASES.find((c) => c.families?.length)!;
    const messages = [{ text: 'Forbidden', code: line.code!, family: { slug: line.families![0]!, name: 'A family' }, library: 'its server', source: 'https://example.org/' }];
    const answers = logLineReader(messages)(line.text);
    expect(answers[0]).toMatchObject({ code: line.code, family: line.families![0] });
    expect(answers.at(-1)?.code).toBe(line.code);
    expect(answers.at(-1)).not.toHaveProperty("family");
  });

  it('says nothing of text that is not a log line', () => {
    expect(read('message too large')).toEqual([]);
    expect(read('1006')).toEqual([]);
  });

  it('keeps every result line short', () => {
    for (const c of LOG_CASES) for (const r of readLogLine(c.text)) expect(saidBy(r).length).toBeLessThanOrEqual(220);
  });
});
