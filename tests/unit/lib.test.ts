import { describe, expect, it } from 'vitest';
import { browserMaySend, isCodeNumber, rangeOf } from '../../src/lib/ranges';
import { allPairs, canonicalPair, comparePath, dynamicComparePath, pairSlug, parsePairSlug } from '../../src/lib/pairs';
import { hasStaticComparison } from '../../src/lib/static-pairs';
import { pinningOf, versionInAddress } from '../../src/lib/citations';
import { keyDifferences, type CodeFacts } from '../../src/lib/differences';
import { nestSection, splitSections } from '../../src/lib/sections';
import { factRows } from '../../src/lib/facts';

describe('ranges', () => {
  it('puts each number in the range RFC 6455 §7.4.2 gives it', () => {
    expect(rangeOf(0).id).toBe('unused');
    expect(rangeOf(999).id).toBe('unused');
    expect(rangeOf(1000).id).toBe('protocol');
    expect(rangeOf(2999).id).toBe('protocol');
    expect(rangeOf(3000).id).toBe('registered');
    expect(rangeOf(3999).id).toBe('registered');
    expect(rangeOf(4000).id).toBe('private');
    expect(rangeOf(4999).id).toBe('private');
  });

  it('refuses numbers outside 0–4999', () => {
    expect(() => rangeOf(5000)).toThrow(/not a close code/);
    expect(() => rangeOf(-1)).toThrow(/not a close code/);
    expect(isCodeNumber(4999)).toBe(true);
    expect(isCodeNumber(5000)).toBe(false);
    expect(isCodeNumber(1000.5)).toBe(false);
  });

  it('lets browser JavaScript send only 1000 and 3000–4999', () => {
    expect([1000, 3000, 3008, 4999].every(browserMaySend)).toBe(true);
    expect([999, 1001, 1006, 1011, 2999, 5000].some(browserMaySend)).toBe(false);
  });
});

describe('pairs', () => {
  it('makes every unordered pair once, low code first', () => {
    const pairs = allPairs([1014, 1000, 1010, 1000]);
    expect(pairs).toEqual([
      { a: { code: 1000 }, b: { code: 1010 } },
      { a: { code: 1000 }, b: { code: 1014 } },
      { a: { code: 1010 }, b: { code: 1014 } },
    ]);
  });

  it('orders codes of one number: the registered code, then families alphabetically', () => {
    const pairs = allPairs([{ code: 4004, family: 'graphql-ws' }, 3000, { code: 4004, family: 'discord-gateway' }]);
    expect(pairs.map((p) => pairSlug(p.a, p.b))).toEqual([
      '3000-vs-4004-discord-gateway',
      '3000-vs-4004-graphql-ws',
      '4004-discord-gateway-vs-4004-graphql-ws',
    ]);
    expect(canonicalPair({ code: 3000, family: 'centrifugo' }, 3000)).toEqual({ a: { code: 3000 }, b: { code: 3000, family: 'centrifugo' } });
  });

  it('grows as n(n-1)/2', () => {
    const codes = Array.from({ length: 19 }, (_, i) => 1000 + i);
    expect(allPairs(codes)).toHaveLength(171);
  });

  it('builds and reads slugs, keeping the written order', () => {
    expect(pairSlug(1010, 1014)).toBe('1010-vs-1014');
    expect(parsePairSlug('1014-vs-1010')).toEqual({ first: { code: 1014 }, second: { code: 1010 } });
    expect(parsePairSlug('4004-discord-gateway-vs-1008')).toEqual({
      first: { code: 4004, family: 'discord-gateway' },
      second: { code: 1008 },
    });
    expect(parsePairSlug('1014-1010')).toBeNull();
    expect(parsePairSlug('abc-vs-1010')).toBeNull();
    expect(parsePairSlug('1000-vs-1001-vs-1002')).toBeNull();
    expect(parsePairSlug('4004-Discord-vs-1008')).toBeNull();
  });

  it('sends a reversed pair to the canonical comparison path', () => {
    expect(canonicalPair(1014, 1010)).toEqual({ a: { code: 1010 }, b: { code: 1014 } });
    expect(comparePath(1014, 1010)).toBe('/compare/1010-vs-1014/');
    expect(comparePath({ code: 4004, family: 'graphql-ws' }, { code: 4004, family: 'discord-gateway' })).toBe(
      '/compare/4004-discord-gateway-vs-4004-graphql-ws/',
    );
    expect(dynamicComparePath({ code: 4014, family: 'discord-gateway' }, 1000)).toBe('/compare/?a=1000&b=4014-discord-gateway');
  });
});

const facts = (over: Partial<CodeFacts> & { code: number }): CodeFacts => ({
  name: `Name ${over.code}`,
  allowedInCloseFrame: true,
  sentBy: 'server',
  reconnect: 'retry-with-backoff',
  definedIn: { document: 'RFC 6455', section: '§7.4.1' },
  ...over,
});

describe('static comparison pages', () => {
  const info = (code: number, family?: string, related: string[] = []) => ({ key: { code, family }, related });
  const none = new Set<string>();

  it('are built for registered pairs, pairs within a family, shared numbers, related codes and notes', () => {
    expect(hasStaticComparison(info(1000), info(1015), none)).toBe(true);
    expect(hasStaticComparison(info(4000, 'obs'), info(4012, 'obs'), none)).toBe(true);
    expect(hasStaticComparison(info(4004, 'discord-gateway'), info(4004, 'graphql-ws'), none)).toBe(true);
    expect(hasStaticComparison(info(4008, 'discord-gateway', ['1008']), info(1008), none)).toBe(true);
    expect(hasStaticComparison(info(1008), info(4401, 'graphql-ws'), new Set(['1008-vs-4401-graphql-ws']))).toBe(true);
  });

  it('are not built for unrelated pairs across families, nor for a code with itself', () => {
    expect(hasStaticComparison(info(4014, 'discord-gateway'), info(4401, 'graphql-ws'), none)).toBe(false);
    expect(hasStaticComparison(info(1000), info(4014, 'discord-gateway'), none)).toBe(false);
    expect(hasStaticComparison(info(1000), info(1000), none)).toBe(false);
  });
});

describe('citations', () => {
  it('count an address pinned to a commit or tag as versioned', () => {
    expect(pinningOf('https://github.com/websockets/ws/blob/8.18.3/lib/receiver.js')).toBe('pinned');
    expect(pinningOf('https://github.com/gorilla/websocket/blob/e064f32e3674d9d79a8fd417b5bc06fa5c6cad8f/conn.go')).toBe('pinned');
    expect(versionInAddress('https://github.com/gorilla/websocket/blob/e064f32e3674d9d79a8fd417b5bc06fa5c6cad8f/conn.go')).toBe('e064f32');
    expect(pinningOf('https://chromium.googlesource.com/chromium/src/+/bff8bae8/third_party/x.cc')).toBe('pinned');
    expect(pinningOf('https://pkg.go.dev/github.com/gorilla/websocket@v1.5.3')).toBe('pinned');
  });

  it('find library citations on a moving branch', () => {
    expect(pinningOf('https://github.com/websockets/ws/blob/master/lib/receiver.js')).toBe('moving');
    expect(pinningOf('https://chromium.googlesource.com/chromium/src/+/refs/heads/main/net/x.cc')).toBe('moving');
    expect(pinningOf('https://pkg.go.dev/github.com/gorilla/websocket')).toBe('moving');
    expect(pinningOf('https://websockets.readthedocs.io/en/stable/faq/')).toBe('moving');
  });

  it('ask no version of standards, issues and vendor documentation', () => {
    expect(pinningOf('https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1')).toBe('not-code');
    expect(pinningOf('https://github.com/websockets/ws/issues/1860')).toBe('not-code');
    expect(pinningOf('https://developer.mozilla.org/en-US/docs/Web/API/CloseEvent/code')).toBe('not-code');
  });
});

describe('key differences', () => {
  it('names a code that never travels in a Close frame', () => {
    const out = keyDifferences(
      facts({ code: 1006, allowedInCloseFrame: false, sentBy: 'neither' }),
      facts({ code: 1011 }),
    );
    expect(out).toContain(
      '1011 travels in a Close frame from one endpoint to the other; 1006 never does, because RFC 6455 reserves it for reporting what happened locally.',
    );
    expect(out.some((s) => s.startsWith('1006 is never sent'))).toBe(true);
  });

  it('states differences of range, source, browser sending and reconnect advice', () => {
    const out = keyDifferences(
      facts({ code: 1008, reconnect: 'retry-after-fix' }),
      facts({ code: 3000, reconnect: 'do-not-retry', definedIn: { document: 'IANA registry', section: '2012' } }),
    );
    expect(out.join(' ')).toMatch(/1008 is in the protocol range \(1000–2999\) and 3000 in the registered range/);
    expect(out.join(' ')).toMatch(/defined by RFC 6455 §7.4.1; 3000 \(Name 3000\) by IANA registry 2012/);
    expect(out.join(' ')).toMatch(/may pass 3000 to WebSocket.close\(\), but close\(1008\) throws/);
    expect(out.join(' ')).toMatch(/After 1008, retry after fixing the cause; after 3000, do not retry/);
  });

  it('says so when two codes share every listed fact', () => {
    const out = keyDifferences(facts({ code: 1002 }), facts({ code: 1007 }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/share every listed fact/);
  });
});

describe('sections', () => {
  const html =
    '<h2 id="description">Description</h2><p>One &amp; two</p><h3 id="x">Sub</h3><p>a</p>' +
    '<h2 id="when-you-see-it">When You See It</h2><p>b</p>';

  it('splits a rendered body at its level-2 headings', () => {
    const sections = splitSections(html);
    expect(sections.map((s) => s.heading)).toEqual(['Description', 'When You See It']);
    expect(sections[0]!.html).toBe('<p>One &amp; two</p><h3 id="x">Sub</h3><p>a</p>');
  });

  it('moves nested headings down a level and drops their ids', () => {
    expect(nestSection('<h3 id="x">Sub</h3>', 1)).toBe('<h4>Sub</h4>');
    expect(nestSection('<h6>Deep</h6>', 2)).toBe('<h6>Deep</h6>');
  });
});

describe('facts panel', () => {
  it('derives range and browser sending from the number', () => {
    const rows = factRows({ ...facts({ code: 1015, allowedInCloseFrame: false, sentBy: 'neither' }), definedIn: { document: 'RFC 6455', section: '§7.4.1', url: 'https://example.org' } });
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.value]));
    expect(byLabel['Range']).toBe('1000–2999: protocol');
    expect(byLabel['In a Close frame']).toBe('Never: only reported locally');
    expect(byLabel['Browser close() may send it']).toMatch(/^No/);
  });
});

describe('facts panel on a code page', () => {
  const definedIn = { document: 'RFC 6455', section: '§7.4.1', url: 'https://example.org' };
  it('says "never sent" once for a code that never travels in a Close frame', async () => {
    const { codePageRows } = await import('../../src/lib/facts');
    const rows = codePageRows({ ...facts({ code: 1006, allowedInCloseFrame: false, sentBy: 'neither' }), definedIn }, '#reconnect');
    expect(rows.map((r) => r.label)).toEqual(['Range', 'Defined in', 'Sent by', 'Reconnect']);
    expect(rows.filter((r) => /never|nobody/i.test(r.value))).toHaveLength(1);
    expect(rows.at(-1)!.href).toBe('#reconnect');
  });
  it('keeps the sender and the browser row for a code that may be sent', async () => {
    const { codePageRows } = await import('../../src/lib/facts');
    const rows = codePageRows({ ...facts({ code: 1000, allowedInCloseFrame: true, sentBy: 'either' }), definedIn }, '#reconnect');
    expect(Object.fromEntries(rows.map((r) => [r.label, r.value]))).toMatchObject({ 'Sent by': 'Either endpoint', 'Browser close() may send it': 'Yes' });
  });
});

describe('section order', () => {
  it('moves the named sections first, keeping ids and the order of the rest', async () => {
    const { reorderSections } = await import('../../src/lib/sections');
    const body = '<p>lead</p><h2 id="a">A</h2><p>1</p><h2 id="b">B &amp; C</h2><p>2</p><h2 id="c">C</h2><p>3</p>';
    expect(reorderSections(body, ['B & C'])).toBe('<p>lead</p><h2 id="b">B &amp; C</h2><p>2</p><h2 id="a">A</h2><p>1</p><h2 id="c">C</h2><p>3</p>');
    expect(reorderSections(body, [])).toBe(body);
  });
});

describe('a body dressed for reading', () => {
  it('labels code blocks and makes them focusable', async () => {
    const { dressBody } = await import('../../src/lib/sections');
    expect(dressBody('<h2 id="how-to-fix">How to Fix</h2><pre><code class="language-js">x\n</code></pre>')).toBe(
      '<h2 id="how-to-fix">How to Fix</h2>' +
        '<div class="code-block"><div class="code-bar"><span>JavaScript</span></div><pre tabindex="0"><code class="language-js">x\n</code></pre></div>',
    );
    expect(dressBody('<pre><code>plain</code></pre>')).toContain('<span>Code</span>');
    expect(dressBody('<h4 id="deep">Deep</h4>')).toBe('<h4 id="deep">Deep</h4>');
  });
});

describe('telling two codes apart', () => {
  it('leads with whether a Close frame arrived, then says which code each sign means', async () => {
    const { ifYouSee, signRows } = await import('../../src/lib/differences');
    const a = { ...facts({ code: 1001, allowedInCloseFrame: true, sentBy: 'either' }), typicalCause: 'A server shutting down' };
    const b = { ...facts({ code: 1006, allowedInCloseFrame: false, sentBy: 'neither' }), typicalCause: 'A proxy timed out' };
    const rows = signRows(a, b);
    expect(rows[0]).toEqual({ label: 'Close frame arrived', values: ['Yes, carrying 1001', 'No'], differs: true });
    expect(rows.find((r) => r.label === 'wasClean (browser)')!.values[1]).toBe('false');
    expect(rows.find((r) => r.label === 'Reason string')!.values[1]).toBe('Always empty');
    const lines = ifYouSee(a, b);
    expect(lines[0]).toMatch(/^If a Close frame carrying 1001, it is 1001 \(.*\): usually a server shutting down\.$/);
    expect(lines[1]).toMatch(/^If a Close frame never arrived, it is 1006 \(.*\): usually a proxy timed out\.$/);
  });

  it('falls back to the number when the two look alike on the wire', async () => {
    const { ifYouSee } = await import('../../src/lib/differences');
    const a = { ...facts({ code: 1012, allowedInCloseFrame: true, sentBy: 'server' }), typicalCause: 'A restart' };
    const b = { ...facts({ code: 1013, allowedInCloseFrame: true, sentBy: 'server' }), typicalCause: 'Overload' };
    expect(ifYouSee(a, b)[1]).toMatch(/^If the code 1013, it is 1013/);
  });
});

describe('the 404 page suggestion', () => {
  const families = new Map([
    ['discord-gateway', 'Discord Gateway'],
    ['graphql-ws', 'graphql-ws'],
  ]);
  it('finds the code, the family, or the comparison an address names', async () => {
    const { nearestPage } = await import('../../src/lib/nearest-page');
    expect(nearestPage('/code/1006', families, 0, 4999)).toEqual({ href: '/codes/1006/', label: 'Close code 1006' });
    expect(nearestPage('/codes/discord-gateway/4004/', families, 0, 4999)?.href).toBe('/codes/4004/discord-gateway/');
    expect(nearestPage('/compare/1006-vs-1001', families, 0, 4999)?.href).toBe('/compare/?a=1006&b=1001');
    expect(nearestPage('/compare/4004-graphql-ws-vs-4004-discord-gateway/', families, 0, 4999)?.href).toBe(
      '/compare/?a=4004-graphql-ws&b=4004-discord-gateway',
    );
    expect(nearestPage('/family/graphql-ws', families, 0, 4999)?.href).toBe('/families/graphql-ws/');
    expect(nearestPage('/no-such-page/', families, 0, 4999)).toBeUndefined();
    expect(nearestPage('/codes/99999/', families, 0, 4999)).toBeUndefined();
  });
});
