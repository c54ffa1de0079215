import { describe, expect, it } from 'vitest';
import { browserMaySend, isCodeNumber, rangeOf } from '../../src/lib/ranges';
import { allPairs, canonicalPair, comparePath, pairSlug, parsePairSlug } from '../../src/lib/pairs';
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
      { a: 1000, b: 1010 },
      { a: 1000, b: 1014 },
      { a: 1010, b: 1014 },
    ]);
  });

  it('grows as n(n-1)/2', () => {
    const codes = Array.from({ length: 19 }, (_, i) => 1000 + i);
    expect(allPairs(codes)).toHaveLength(171);
  });

  it('builds and reads slugs, keeping the written order', () => {
    expect(pairSlug(1010, 1014)).toBe('1010-vs-1014');
    expect(parsePairSlug('1014-vs-1010')).toEqual({ first: 1014, second: 1010 });
    expect(parsePairSlug('1014-1010')).toBeNull();
    expect(parsePairSlug('abc-vs-1010')).toBeNull();
  });

  it('sends a reversed pair to the canonical comparison path', () => {
    expect(canonicalPair(1014, 1010)).toEqual({ a: 1010, b: 1014 });
    expect(comparePath(1014, 1010)).toBe('/compare/1010-vs-1014/');
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

describe('code blocks in comparisons', () => {
  it('replaces each code block with a note', async () => {
    const { replaceCodeBlocks } = await import('../../src/lib/sections');
    expect(replaceCodeBlocks('<p>a</p><pre class="x"><code>1</code></pre><pre><code>2</code></pre>', '<p>see</p>')).toBe(
      '<p>a</p><p>see</p><p>see</p>',
    );
  });
});
