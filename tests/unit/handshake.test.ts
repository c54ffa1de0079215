import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeView } from '../../src/lib/code-view';
import { handshakeKind, handshakeOf, type Handshake } from '../../src/lib/handshake';
import { DIAGRAM_TOKENS, escapeXml, handshakeSize, handshakeSvg, wrap } from '../../src/lib/handshake-svg';
import { pick, schemeTokens } from '../../src/lib/tokens';

/** A code view with only the facts the handshake reads; the rest is filler. */
function view(code: number, sentBy: CodeView['sentBy'], opts: { family?: string; allowed?: boolean } = {}): CodeView {
  const family = opts.family ? { slug: opts.family.toLowerCase().replace(/\W+/g, '-'), name: opts.family } : undefined;
  return {
    key: { code, family: family?.slug },
    slug: family ? `${code}-${family.slug}` : String(code),
    path: '/',
    code,
    family,
    name: 'Name',
    label: 'Label',
    summary: 'Summary.',
    definedIn: { document: 'RFC 6455', section: '§7.4.1', url: 'https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1' },
    allowedInCloseFrame: opts.allowed ?? ![1005, 1006, 1015].includes(code),
    sentBy,
    sendWhen: 'When it happens.',
    reconnect: 'retry-with-backoff',
    reconnectNote: undefined,
    constants: [],
    errorTexts: [],
    related: [],
    sources: [],
    checked: undefined,
  };
}

const closeFrames = (h: Handshake) => h.messages.filter((m) => m.closeFrame);
const browser = (h: Handshake) => h.reports.find((r) => r.who === 'Browser');

describe('handshake of a registered code', () => {
  it('a server-sent code crosses in a Close frame, is echoed, and reaches the browser as a clean close', () => {
    const h = handshakeOf(view(1011, 'server'));
    expect(h.kind).toBe('close-frame');
    expect(h.initiator).toBe('server');
    expect(h.messages.map((m) => [m.from, m.label])).toEqual([
      ['server', 'Close 1011 + reason'],
      ['client', 'Close (echo)'],
    ]);
    expect(browser(h)).toMatchObject({ code: 1011, wasClean: true });
    expect(h.notes.join(' ')).toMatch(/ws\.close\(1011\) throws InvalidAccessError/);
  });

  it('a client-sent code that close() refuses is sent by a client library, not a browser', () => {
    const h = handshakeOf(view(1010, 'client'));
    expect(h.initiator).toBe('client');
    expect(h.messages[0]).toMatchObject({ from: 'client', label: 'Close 1010 + reason', closeFrame: true });
    expect(browser(h)).toBeUndefined();
    expect(h.reports).toContainEqual(expect.objectContaining({ who: 'Client library', code: 1010 }));
    expect(h.reports).toContainEqual(expect.objectContaining({ who: 'Server', code: 1010 }));
  });

  it('a code either side sends says so, and 1000 is one a browser may send', () => {
    const h = handshakeOf(view(1000, 'either'));
    expect(h.eitherSide).toBe(true);
    expect(h.notes.join(' ')).toMatch(/Either side may send 1000/);
    expect(h.notes.join(' ')).toMatch(/ws\.close\(1000, reason\)/);
    expect(handshakeOf(view(1011, 'server')).eitherSide).toBe(false);
  });

  it('1005: a Close frame with no payload, reported as 1005 on a clean close', () => {
    const h = handshakeOf(view(1005, 'neither'));
    expect(h.kind).toBe('empty-close');
    expect(closeFrames(h)[0]!.label).toBe('Close (no payload)');
    expect(browser(h)).toMatchObject({ code: 1005, wasClean: true });
  });

  it('1006: no Close frame at all, both sides report 1006 and the browser says it was not clean', () => {
    const h = handshakeOf(view(1006, 'neither'));
    expect(h.kind).toBe('no-close-frame');
    expect(closeFrames(h)).toEqual([]);
    expect(h.messages[0]).toMatchObject({ broken: true });
    expect(browser(h)).toMatchObject({ code: 1006, wasClean: false });
    expect(h.reports.find((r) => r.side === 'server')?.code).toBe(1006);
  });

  it('1015: the TLS handshake fails; a browser reports 1006, never 1015', () => {
    const h = handshakeOf(view(1015, 'neither'));
    expect(h.kind).toBe('tls-failure');
    expect(closeFrames(h)).toEqual([]);
    expect(browser(h)).toMatchObject({ code: 1006, wasClean: false });
    expect(h.reports).toContainEqual(expect.objectContaining({ who: 'Non-browser client', code: 1015, maybe: true }));
    expect(h.description).toContain('Non-browser client: may report close code 1015');
  });

  it('1004: reserved; a receiver refuses the frame and answers 1002', () => {
    const h = handshakeOf(view(1004, 'neither', { allowed: true }));
    expect(h.kind).toBe('refused');
    expect(h.messages.map((m) => m.label)).toEqual(['Close 1004', 'Close 1002']);
    expect(h.reports).toEqual([expect.objectContaining({ side: 'server', code: 1002 })]);
  });

  it('no Close frame ever carries 1005, 1006 or 1015', () => {
    for (const code of [1005, 1006, 1015]) {
      const labels = closeFrames(handshakeOf(view(code, 'neither'))).map((m) => m.label);
      expect(labels.join(' ')).not.toMatch(String(code));
    }
  });
});

describe('handshake of a family code', () => {
  it('a server-sent family code is named with its family and is one a browser may send', () => {
    const h = handshakeOf(view(4004, 'server', { family: 'Discord Gateway' }));
    expect(h.kind).toBe('close-frame');
    expect(h.title).toBe('How Discord Gateway 4004 ends a connection');
    expect(browser(h)).toMatchObject({ code: 4004, wasClean: true });
    expect(h.notes.join(' ')).toMatch(/ws\.close\(4004, reason\)/);
  });

  it('a client-sent family code starts at the browser, which reports the echo', () => {
    const h = handshakeOf(view(4499, 'client', { family: 'graphql-ws' }));
    expect(h.initiator).toBe('client');
    expect(browser(h)).toMatchObject({ code: 4499, wasClean: true, note: expect.stringMatching(/echo/) });
  });

  it('a family code that is never sent has no frames and no reports', () => {
    const h = handshakeOf(view(3000, 'neither', { family: 'Centrifugo' }));
    expect(h.kind).toBe('not-sent');
    expect(h.messages).toEqual([]);
    expect(h.reports).toEqual([]);
    expect(h.description).toMatch(/Centrifugo does not put 3000 in a Close frame/);
  });

  it('a family number that matches a reserved registered number is not treated as the registered code', () => {
    expect(handshakeKind(view(1006, 'server', { family: 'Imaginary' }))).toBe('close-frame');
  });
});

describe('handshake drawing', () => {
  const tokens = schemeTokens(readFileSync('src/styles/tokens.css', 'utf8'));
  const light = pick(tokens.light, DIAGRAM_TOKENS, 'light');
  const dark = pick(tokens.dark, DIAGRAM_TOKENS, 'dark');

  it('reads both colour schemes from tokens.css', () => {
    expect(light.fg).toBe('#1b1f24');
    expect(dark.fg).toBe('#e6e9ed');
    expect(() => pick(tokens.light, ['no-such-token'], 'light')).toThrow(/tokens\.css has no --no-such-token for the light/);
  });

  it('has a title and a description, as real text, and the size the page reserves for it', () => {
    const h = handshakeOf(view(1006, 'neither'));
    const svg = handshakeSvg(h, light, dark);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t d"/);
    expect(svg).toContain(`<title id="t">How 1006 ends a connection</title>`);
    expect(svg).toContain('<text class="t" x="8"');
    expect(svg).toContain('Browser CloseEvent: code 1006, wasClean false');
    const { width, height } = handshakeSize(h);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('@media (prefers-color-scheme:dark){');
    expect(svg).toContain(dark.accent);
  });

  it('escapes markup in names', () => {
    const h = handshakeOf(view(4001, 'server', { family: '<script>&"x"' }));
    const svg = handshakeSvg(h, light, dark);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('How &#60;script&#62;&#38;&#34;x&#34; 4001 ends a connection');
    expect(escapeXml(`a<b>&'"`)).toBe('a&#60;b&#62;&#38;&#39;&#34;');
  });

  it('keeps every line of text inside the drawing: long reports wrap like notes', () => {
    const svg = handshakeSvg(handshakeOf(view(3000, 'client', { family: 'tRPC' })), light, dark);
    const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines.some((l) => l.includes('wasClean true'))).toBe(true);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(60);
  });

  it('wraps notes at word boundaries', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('', 9)).toEqual([]);
  });
});
