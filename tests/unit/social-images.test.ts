import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { cardColours, cardsFor, drawingKey, outliner, renderPng } from '../../src/integrations/social-images';
import { cardCode, cardSvg, codeCard, fitText, pairCard, socialImage, wrapText } from '../../src/lib/social-card';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const root = pathToFileURL(`${process.cwd()}/`);

describe('social preview cards', () => {
  it('names a registered code, a family code and a pair the way the image shows them', () => {
    expect(codeCard('1006', { code: 1006, name: 'Abnormal Closure' })).toMatchObject({
      file: 'og/1006.png',
      kicker: 'WebSocket close code',
      alt: 'WebSocket close code 1006: Abnormal Closure',
    });
    const family = codeCard('4004-discord-gateway', cardCode({ code: 4004, name: 'Authentication failed', family: { name: 'Discord Gateway' } }));
    expect(family.alt).toBe('Discord Gateway close code 4004: Authentication failed');
    expect(socialImage(family)).toEqual({ path: '/og/4004-discord-gateway.png', alt: family.alt });
    const mixed = pairCard('4004-discord-gateway-vs-4004-graphql-ws', family.codes[0], { code: 4004, name: 'Unauthorized', family: 'graphql-ws' });
    expect(mixed.alt).toBe('WebSocket close codes compared: 4004 Authentication failed (Discord Gateway) vs 4004 Unauthorized (graphql-ws)');
  });

  it('makes one card per code and per canonical comparison, skipping reversed addresses', () => {
    const data = {
      codes: [
        { code: 1005, name: 'No Status Rcvd' },
        { code: 1006, name: 'Abnormal Closure' },
      ],
      familyCodes: [{ code: 4004, family: 'discord-gateway', familyName: 'Discord Gateway', name: 'Authentication failed' }],
    };
    const cards = cardsFor(data, ['compare/1005-vs-1006/', 'compare/1006-vs-1005/', 'compare/', 'codes/1006/', 'compare/1006-vs-4004-discord-gateway/']);
    expect(cards.map((c) => c.file)).toEqual([
      'og/1005.png',
      'og/1006.png',
      'og/4004-discord-gateway.png',
      'og/1005-vs-1006.png',
      'og/1006-vs-4004-discord-gateway.png',
    ]);
    expect(() => cardsFor(data, ['compare/1005-vs-1007/'])).toThrow(/compare\/1005-vs-1007\/ names a code that \/codes\.json does not list/);
  });

  it('cuts text that does not fit with an ellipsis, at a word where it can', () => {
    const fits = (t: string) => t.length <= 10;
    expect(fitText('short', fits)).toBe('short');
    expect(fitText('one two three four', fits)).toBe('one two…');
    expect(fitText('abcdefghijklmnop', fits)).toBe('abcdefghi…');
    expect(wrapText('one two three four five six', fits, 2)).toEqual(['one two', 'three…']);
  });
});

describe('social preview images', () => {
  const outline = outliner();

  it('renders a valid 1200×630 PNG for a code and for a pair', async () => {
    const colours = await cardColours(root);
    for (const card of [
      codeCard('1006', { code: 1006, name: 'Abnormal Closure' }),
      pairCard('1005-vs-1006', { code: 1005, name: 'No Status Rcvd' }, { code: 1006, name: 'Abnormal Closure' }),
    ]) {
      const png = await renderPng(cardSvg(card, 'websocket-close-codes.dev', outline, colours));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it('draws markup in names as text outlines, never as markup', async () => {
    const colours = await cardColours(root);
    const card = codeCard('4001-x', { code: 4001, name: '<script>alert("&")</script>', family: '<b>Fam</b>' });
    const svg = cardSvg(card, 'example.org', outline, colours);
    expect(svg).not.toMatch(/<script|<b>|alert/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(20);
    expect(pngSize(await renderPng(svg))).toEqual({ width: 1200, height: 630 });
  });

  it('keys the image cache on the site, the colours and the versions of what draws the cards', async () => {
    const colours = await cardColours(root);
    const key = await drawingKey(root, 'example.org', colours);
    expect(key).toMatch(/"@resvg\/resvg-js@\d+\.\d+\.\d+".*"fontkit@\d/);
    expect(await drawingKey(root, 'example.net', colours)).not.toBe(key);
    expect(await drawingKey(root, 'example.org', { ...colours, bg: '#000000' })).not.toBe(key);
  });

  it('lays text out with the font: wider text measures wider', () => {
    expect(outline('WWWW', 0, 0, 40, 'regular').width).toBeGreaterThan(outline('iiii', 0, 0, 40, 'regular').width);
    expect(outline('1006', 0, 0, 40, 'bold').width).toBeGreaterThan(outline('1006', 0, 0, 20, 'bold').width);
  });
});
