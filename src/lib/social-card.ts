/**
 * The social preview image of a code page or a comparison page: what it says (shared by the page,
 * for its alternative text, and by the build step that draws it) and the SVG it is drawn from.
 * Text is laid out with the font's own metrics and drawn as outlines, so the picture does not
 * depend on the fonts of the machine that renders it.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A code as a card names it. */
export interface CardCode {
  code: number;
  name: string;
  /** The family's name, for a family code. */
  family?: string | undefined;
}

export interface Card {
  /** "og/1006.png": where the build writes it, relative to the site root. */
  file: string;
  /** The small line above the numbers: "Discord Gateway close code". */
  kicker: string;
  /** One code, or the two codes of a comparison. */
  codes: [CardCode] | [CardCode, CardCode];
  /** What the image shows, in words, for og:image:alt. */
  alt: string;
}

export function socialImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** A code page's view as a card names it. */
export function cardCode(view: { code: number; name: string; family?: { name: string } | undefined }): CardCode {
  return { code: view.code, name: view.name, family: view.family?.name };
}

/** What a page passes to its layout for the og:image tags. */
export function socialImage(card: Card): { path: string; alt: string } {
  return { path: `/${card.file}`, alt: card.alt };
}

const named = (c: CardCode, withFamily: boolean) => `${c.code} ${c.name}${withFamily && c.family ? ` (${c.family})` : ''}`;

export function codeCard(slug: string, c: CardCode): Card {
  const kicker = c.family ? `${c.family} close code` : 'WebSocket close code';
  return { file: socialImagePath(slug).slice(1), kicker, codes: [c], alt: `${kicker} ${c.code}: ${c.name}` };
}

export function pairCard(slug: string, a: CardCode, b: CardCode): Card {
  const sameFamily = a.family === b.family;
  const kicker = sameFamily && a.family ? `${a.family} close codes compared` : 'WebSocket close codes compared';
  return {
    file: socialImagePath(slug).slice(1),
    kicker,
    codes: [a, b],
    alt: `${kicker}: ${named(a, !sameFamily)} vs ${named(b, !sameFamily)}`,
  };
}

/** Draws a line of text as outlines; returns SVG elements and the advance width in pixels. */
export type TextOutliner = (text: string, x: number, baseline: number, size: number, weight: 'regular' | 'bold') => { svg: string; width: number };

export interface CardColours {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
}

/** Cuts text at a word boundary, then a character, with an ellipsis, until it fits. */
export function fitText(text: string, fits: (t: string) => boolean): string {
  if (fits(text)) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const t = `${words.join(' ').replace(/[\s,;:–-]+$/, '')}…`;
    if (fits(t)) return t;
  }
  let t = text;
  while (t.length > 1 && !fits(`${t}…`)) t = t.slice(0, -1);
  return `${t}…`;
}

/** Splits text over at most `max` lines that fit, the last one cut with an ellipsis if needed. */
export function wrapText(text: string, fits: (t: string) => boolean, max: number): string[] {
  const lines: string[] = [];
  let rest = text.split(' ');
  while (rest.length > 0 && lines.length < max - 1) {
    let n = rest.length;
    while (n > 1 && !fits(rest.slice(0, n).join(' '))) n--;
    if (n === rest.length) break;
    lines.push(rest.slice(0, n).join(' '));
    rest = rest.slice(n);
  }
  if (rest.length > 0) lines.push(fitText(rest.join(' '), fits));
  return lines;
}

const LEFT = 80;
const RIGHT = CARD_WIDTH - 80;

export function cardSvg(card: Card, site: string, outline: TextOutliner, colour: CardColours): string {
  const parts: string[] = [];
  const text = (t: string, x: number, y: number, size: number, weight: 'regular' | 'bold', fill: string) =>
    parts.push(`<g fill="${fill}">${outline(t, x, y, size, weight).svg}</g>`);
  const fits = (size: number, weight: 'regular' | 'bold', width: number) => (t: string) => outline(t, 0, 0, size, weight).width <= width;

  text('WebSocket Close Codes', LEFT, 110, 34, 'bold', colour.muted);
  text(fitText(card.kicker, fits(40, 'regular', RIGHT - LEFT)), LEFT, 176, 40, 'regular', colour.accent);
  if (card.codes.length === 1) {
    const [c] = card.codes;
    text(String(c.code), LEFT, 350, 190, 'bold', colour.fg);
    wrapText(c.name, fits(60, 'regular', RIGHT - LEFT), 2).forEach((line, i) => text(line, LEFT, 440 + i * 70, 60, 'regular', colour.fg));
  } else {
    const sameFamily = card.codes[0].family === card.codes[1].family;
    card.codes.forEach((c, i) => {
      const y = i === 0 ? 290 : 480;
      const num = outline(String(c.code), LEFT, y, 110, 'bold');
      parts.push(`<g fill="${colour.fg}">${num.svg}</g>`);
      const x = LEFT + num.width + 36;
      const family = sameFamily ? undefined : c.family;
      text(fitText(c.name, fits(48, 'regular', RIGHT - x)), x, family ? y - 38 : y, 48, 'regular', colour.fg);
      if (family) text(fitText(family, fits(32, 'regular', RIGHT - x)), x, y, 32, 'regular', colour.muted);
    });
    text('vs', LEFT, 372, 44, 'regular', colour.muted);
  }
  text(fitText(site, fits(30, 'regular', RIGHT - LEFT)), LEFT, 592, 30, 'regular', colour.muted);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colour.bg}"/><rect width="16" height="${CARD_HEIGHT}" fill="${colour.accent}"/>` +
    `${parts.join('')}</svg>`
  );
}
