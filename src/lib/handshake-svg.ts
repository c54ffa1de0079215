/**
 * Draws a handshake (lib/handshake.ts) as a standalone SVG file: two lifelines, the frames that cross,
 * and what each side reports. Pages show it as an image so that every page about a code reuses one
 * cached file; its colours follow the site's tokens in light and dark through prefers-color-scheme,
 * which an SVG image evaluates against the page that shows it.
 */
import { type Handshake, type Message, reportText, sideName } from './handshake';

/** The design tokens the drawing uses, one set per colour scheme. */
export const DIAGRAM_TOKENS = ['bg-soft', 'fg', 'fg-muted', 'border', 'accent', 'bad'] as const;
export type DiagramToken = (typeof DIAGRAM_TOKENS)[number];
export type Palette = Record<DiagramToken, string>;

export const WIDTH = 400;
const LANE = { client: 64, server: WIDTH - 64 } as const;
const HEADER = 36;
const ROW = 46;
const LINE = 17;
/** About how many characters of 12 px system-ui text fit across the drawing. */
const CHARS_PER_LINE = 60;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Greedy word wrap by character count: good enough for short sentences in a known font size. */
export function wrap(text: string, width = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function arrow(m: Message, y: number): string {
  const from = LANE[m.from];
  const to = m.from === 'client' ? LANE.server : LANE.client;
  const dir = Math.sign(to - from);
  const mid = (from + to) / 2;
  const label = `<text class="t" x="${mid}" y="${y - 8}" text-anchor="middle">${escapeXml(m.label)}</text>`;
  if (m.broken) {
    // A line that stops half way, with a cross where the connection gives out.
    const stop = mid + dir * 40;
    return (
      `${label}<path class="bad" d="M${from} ${y}H${stop}"/>` +
      `<path class="bad" d="M${stop - 6} ${y - 6}l12 12m0-12l-12 12"/>`
    );
  }
  const tip = to - dir * 2;
  return (
    `${label}<path class="${m.closeFrame ? 'acc' : 'ln'}" d="M${from} ${y}H${tip}"/>` +
    `<path class="head" d="M${tip} ${y}l${-dir * 9} -5v10z"/>`
  );
}

function style(light: Palette, dark: Palette): string {
  const rules = (p: Palette) =>
    `.bg{fill:${p['bg-soft']};stroke:${p.border}}.t{fill:${p.fg}}.m{fill:${p['fg-muted']}}` +
    `.ln{stroke:${p['fg-muted']}}.acc{stroke:${p.accent}}.head{fill:${p.accent}}.bad{stroke:${p.bad}}.life{stroke:${p.border}}`;
  return (
    `<style>text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}.h{font-weight:600;font-size:13px}` +
    `path{fill:none;stroke-width:2}.life{stroke-dasharray:4 4}${rules(light)}` +
    `@media (prefers-color-scheme:dark){${rules(dark)}}</style>`
  );
}

/** Where a code's drawing is served; its code page and its comparison pages share the file. */
export function handshakeImagePath(slug: string): string {
  return `/handshake/${slug}.svg`;
}

function layout(h: Handshake) {
  const lifeEnd = HEADER + 12 + Math.max(h.messages.length, 1) * ROW;
  // A long report (a browser's CloseEvent with its note) wraps like the notes rather than run off the edge.
  const reportLines = h.reports.flatMap((r) => wrap(reportText(r)));
  const noteLines = h.notes.flatMap((n) => wrap(n));
  const height = lifeEnd + 14 + (reportLines.length + noteLines.length) * LINE + (noteLines.length ? 6 : 0);
  return { lifeEnd, reportLines, noteLines, height };
}

/** The drawing's size in CSS pixels, for the width and height of the image that shows it. */
export function handshakeSize(h: Handshake): { width: number; height: number } {
  return { width: WIDTH, height: layout(h).height };
}

/** The SVG document for one handshake, with its own title and description. */
export function handshakeSvg(h: Handshake, light: Palette, dark: Palette): string {
  const { lifeEnd, reportLines, noteLines, height } = layout(h);
  const parts: string[] = [];
  for (const side of ['client', 'server'] as const) {
    const x = LANE[side];
    parts.push(
      `<rect class="bg" x="${x - 52}" y="1" width="104" height="${HEADER - 6}" rx="5"/>`,
      `<text class="t h" x="${x}" y="${HEADER / 2 + 5}" text-anchor="middle">${sideName(side)}</text>`,
      `<path class="life" d="M${x} ${HEADER - 5}V${lifeEnd}"/>`,
    );
  }
  h.messages.forEach((m, i) => parts.push(arrow(m, HEADER + 12 + (i + 1) * ROW - 14)));
  if (h.messages.length === 0) {
    parts.push(`<text class="m" x="${WIDTH / 2}" y="${HEADER + 12 + ROW / 2}" text-anchor="middle">no frame carries ${h.code}</text>`);
  }
  let y = lifeEnd + 14;
  for (const line of reportLines) {
    parts.push(`<text class="t" x="8" y="${y}">${escapeXml(line)}</text>`);
    y += LINE;
  }
  y += noteLines.length ? 6 : 0;
  for (const line of noteLines) {
    parts.push(`<text class="m" x="8" y="${y}">${escapeXml(line)}</text>`);
    y += LINE;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="t d">` +
    `<title id="t">${escapeXml(h.title)}</title><desc id="d">${escapeXml(h.description)}</desc>` +
    `${style(light, dark)}${parts.join('')}</svg>\n`;
  return svg;
}
