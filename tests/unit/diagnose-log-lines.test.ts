import { describe, expect, it } from 'vitest';
import { handshakeExplanation, readLogLine } from '../../src/lib/diagnose/log-lines';
import { PATTERNS } from '../../src/lib/diagnose/patterns';
import { diagnoseData } from '../../src/lib/diagnose/catalogue';
import { registeredView, familyView } from '../../src/lib/code-view';
import { readCodeFiles, readFamilyCodeFiles, readFamilyFiles } from '../support/content';
import { LOG_CASES, MULTI_LINE_CASE } from '../support/diagnose-cases';

const familyNames = new Map(readFamilyFiles().map((f) => [f.slug, f.name]));
const data = diagnoseData([
  ...readCodeFiles().map(registeredView),
  ...readFamilyCodeFiles().map((f) => familyView(f, { slug: f.family, name: familyNames.get(f.family)! })),
]);
const read = (text: string) => readLogLine(text, { messages: data.messages });

describe('readLogLine on lines from real reports', () => {
  it('has at least 40 of them, each with the thread it came from', () => {
    expect(LOG_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of LOG_CASES) expect(c.from).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/\d+$/);
  });

  for (const c of LOG_CASES) {
    it(`reads ${c.library}: ${c.text.slice(0, 70)}`, () => {
      const readings = read(c.text);
      expect(readings).toHaveLength(1);
      const r = readings[0]!;
      expect(r.library).toBe(c.library);
      expect(r.code).toBe(c.code);
      expect(r.httpStatus).toBe(c.httpStatus);
      if (c.reason !== undefined) expect(r.reason).toBe(c.reason);
      if (c.side !== undefined) expect(r.side).toBe(c.side);
      if (c.families) expect(r.families?.map((f) => f.slug).sort()).toEqual(c.families);
      expect(r.source.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
    });
  }
});

describe('readLogLine', () => {
  it('reads every recognised line of a pasted log and skips the rest', () => {
    const readings = read(`some unrelated startup line\n${MULTI_LINE_CASE.text}\nanother line`);
    expect(readings.map((r) => [r.library, r.code, r.httpStatus])).toEqual([
      ['ws (Node.js)', 1006, 403],
      ['Not recognised: a close code in the text', 1006, undefined],
    ]);
  });

  it('joins a Chromium message the console split over two lines', () => {
    const readings = read("WebSocket connection to 'ws://localhost:8080/ws' failed:\nError during WebSocket handshake: Unexpected response code: 404");
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ httpStatus: 404, code: 1006, library: 'Chromium (Chrome, Edge)' });
  });

  it('keeps the received code and reason of a python-websockets closing handshake', () => {
    const [r] = read('received 1000 (OK); then sent 1000 (OK)');
    expect(r).toMatchObject({ code: 1000, side: 'received', library: 'websockets (Python)' });
    expect(r!.reason).toBeUndefined();
    expect(read('no close frame received or sent')[0]).toMatchObject({ code: 1006, side: 'reported' });
  });

  it('reads a CloseEvent as Chrome logs it, with wasClean', () => {
    const [r] = read(`onclose CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: "", type: "close", …}`);
    expect(r).toMatchObject({ code: 1006, side: 'reported', library: 'Browser (CloseEvent)' });
    expect(r!.explanation).toMatch(/wasClean: false/);
    const [clean] = read(`CloseEvent {isTrusted: true, wasClean: true, code: 4000, reason: 'kicked', type: 'close'}`);
    expect(clean).toMatchObject({ code: 4000, reason: 'kicked', side: 'received' });
  });

  it('names the code ws closed with, and the one it received, for a bad Close frame', () => {
    const [r] = read('Invalid WebSocket frame: invalid status code 1005');
    expect(r!.code).toBe(1002);
    expect(r!.explanation).toMatch(/it received 1005/);
    expect(read('Invalid WebSocket frame: invalid UTF-8 sequence')[0]!.code).toBe(1007);
    expect(read('Invalid WebSocket frame: MASK must be set')[0]!.code).toBe(1002);
  });

  it('reads Jakarta, Tomcat and Spring close reasons, with "null" as no reason', () => {
    expect(read('CloseReason[1001,Going away]')[0]).toMatchObject({ code: 1001, reason: 'Going away', library: 'Jakarta WebSocket API' });
    const [spring] = read('CloseStatus[code=1011, reason=null]');
    expect([spring!.code, spring!.reason]).toEqual([1011, undefined]);
    const [tomcat] = read('CloseReason: code [1006], reason [null]');
    expect([tomcat!.code, tomcat!.reason]).toEqual([1006, undefined]);
  });

  it('explains a failed handshake by its HTTP status and why the client then says 1006', () => {
    const [r] = read('Unexpected server response: 401');
    expect(r!.explanation).toBe(handshakeExplanation(401));
    expect(r!.explanation).toMatch(/HTTP 401 instead of 101/);
    expect(r!.explanation).toMatch(/1006/);
    for (const status of [400, 401, 403, 404, 426, 502]) expect(handshakeExplanation(status)).toMatch(new RegExp(`HTTP ${status}`));
    expect(handshakeExplanation(426)).toMatch(/Sec-WebSocket-Version/);
    expect(handshakeExplanation(418)).toMatch(/HTTP 418/);
  });

  it('recognises a family’s documented message without a code, and a close reason with one', () => {
    expect(read('Forbidden')).toEqual([]);
    expect(read('Error: Invalid message received')[0]).toMatchObject({ code: 4400, families: [{ slug: 'graphql-ws' }] });
    const [obs] = read('closed: You attempted to send a non-Identify message while not identified.');
    expect(obs).toMatchObject({ code: 4007, families: [{ slug: 'obs-websocket', name: expect.any(String) }] });
    const [gql] = read('failed to get reader: received close frame: status = StatusCode(4409) and reason = "Subscriber for 7 already exists"');
    expect(gql!.families?.map((f) => f.slug)).toEqual(['graphql-ws']);
  });

  it('returns nothing for text that names no close, and treats markup as text', () => {
    expect(read('')).toEqual([]);
    expect(read('GET /index.html 200\nall good')).toEqual([]);
    const [r] = read('<img src=x onerror=alert(1)> websocket: close 1008 (policy violation): <b>no</b>');
    expect(r).toMatchObject({ code: 1008, reason: '<b>no</b>' });
  });

  it('gives every pattern a pinned source', () => {
    for (const p of PATTERNS) expect(p.source.url).toMatch(/^https:\/\/(github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/|websockets\.spec\.whatwg\.org\/)/);
  });
});

describe('what a line concludes follows the library', () => {
  it('gorilla answers "not using the websocket protocol" with the status its reason goes with', () => {
    const status = (reason: string) => readLogLine(`websocket: the client is not using the websocket protocol: ${reason}`)[0]?.httpStatus;
    expect(status("'upgrade' token not found in 'Connection' header")).toBe(400);
    expect(status("'websocket' token not found in 'Upgrade' header")).toBe(426);
    expect(status('request method is not GET')).toBe(405);
  });

  it('SignalR passes on the browser’s CloseEvent: 1006 is reported there, 1008 received', () => {
    expect(readLogLine('Error: WebSocket closed with status code: 1006 ().')[0]?.side).toBe('reported');
    expect(readLogLine('Error: WebSocket closed with status code: 1008 (Policy).')[0]?.side).toBe('received');
  });

  it('ws tells a length JavaScript cannot hold from a message over maxPayload', () => {
    expect(readLogLine('RangeError: Unsupported WebSocket frame: payload length > 2^53 - 1')[0]?.explanation).toContain('2^53');
    expect(readLogLine('RangeError: Max payload size exceeded')[0]?.explanation).toContain('maxPayload');
  });
});
