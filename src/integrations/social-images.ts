/**
 * Draws the social preview image (1200×630 PNG) of every code page and comparison page after the
 * pages are written, from the data the build published (/codes.json) and the pages it wrote.
 * Text is set in Inter (SIL Open Font License, from @expo-google-fonts/inter) and drawn as outlines,
 * then rendered by resvg, so no system font or network is involved. Each PNG is kept in a cache
 * under node_modules/.cache, keyed by what the card says and everything that draws it (this file,
 * lib/social-card.ts, the colours, the versions of the font and the renderer), so a rebuild only
 * draws what changed and links the rest into place.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderAsync } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { canonicalPair, keySlug, pairSlug, parsePairSlug } from '../lib/pairs';
import { cardSvg, codeCard, pairCard, type Card, type CardCode, type CardColours, type TextOutliner } from '../lib/social-card';
import { pick, schemeTokens } from '../lib/tokens';

const require = createRequire(import.meta.url);
const FONTS = {
  regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  bold: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
} as const;
async function versionOf(root: URL, pkg: string): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL(`node_modules/${pkg}/package.json`, root), 'utf8')) as { version: string };
  return `${pkg}@${manifest.version}`;
}

/** Changes whenever the drawing of any card could change. */
export async function drawingKey(root: URL, site: string, colours: CardColours): Promise<string> {
  const code = await Promise.all(['src/lib/social-card.ts', 'src/integrations/social-images.ts'].map((f) => readFile(new URL(f, root), 'utf8')));
  const versions = await Promise.all(['@resvg/resvg-js', 'fontkit', '@expo-google-fonts/inter'].map((p) => versionOf(root, p)));
  return JSON.stringify({ site, colours, versions, code });
}

/** Puts a cached file in place: a hard link where the file system allows one, else a copy. */
async function place(cached: URL, target: URL): Promise<void> {
  try {
    await link(cached, target);
  } catch {
    await rm(target, { force: true });
    await copyFile(cached, target);
  }
}

function loadFont(specifier: string): fontkit.Font {
  const font = fontkit.openSync(require.resolve(specifier));
  if (!('layout' in font)) throw new Error(`${specifier} is a font collection, not one font`);
  return font;
}

/** Lays out text with the font's kerning and draws each glyph as a path, reusing glyph outlines. */
export function outliner(): TextOutliner {
  const fonts = { regular: loadFont(FONTS.regular), bold: loadFont(FONTS.bold) };
  const glyphPaths = new Map<string, string>();
  return (text, x, baseline, size, weight) => {
    const font = fonts[weight];
    const run = font.layout(text);
    const scale = size / font.unitsPerEm;
    let pen = 0;
    let svg = '';
    run.glyphs.forEach((glyph, i) => {
      const pos = run.positions[i]!;
      const key = `${weight}:${glyph.id}`;
      let d = glyphPaths.get(key);
      if (d === undefined) glyphPaths.set(key, (d = glyph.path.toSVG()));
      if (d) {
        const gx = x + (pen + pos.xOffset) * scale;
        const gy = baseline - pos.yOffset * scale;
        svg += `<path transform="matrix(${scale.toFixed(5)} 0 0 ${(-scale).toFixed(5)} ${gx.toFixed(1)} ${gy.toFixed(1)})" d="${d}"/>`;
      }
      pen += pos.xAdvance;
    });
    return { svg, width: pen * scale };
  };
}

/** The card colours: the site's dark scheme, from the project's tokens.css. */
export async function cardColours(root: URL): Promise<CardColours> {
  const css = await readFile(new URL('src/styles/tokens.css', root), 'utf8');
  const dark = pick(schemeTokens(css).dark, ['bg', 'fg', 'fg-muted', 'accent'], 'dark');
  return { bg: dark.bg, fg: dark.fg, muted: dark['fg-muted'], accent: dark.accent };
}

export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } });
  return image.asPng();
}

interface Published {
  codes: { code: number; name: string }[];
  familyCodes: { code: number; family: string; familyName: string; name: string }[];
}

/** Every card the site needs: one per code page, one per canonical comparison page. */
export function cardsFor(data: Published, pagePaths: readonly string[]): Card[] {
  const bySlug = new Map<string, CardCode>();
  for (const c of data.codes) bySlug.set(keySlug({ code: c.code }), { code: c.code, name: c.name });
  for (const c of data.familyCodes) bySlug.set(keySlug({ code: c.code, family: c.family }), { code: c.code, name: c.name, family: c.familyName });
  const cards = [...bySlug].map(([slug, c]) => codeCard(slug, c));
  for (const path of pagePaths) {
    const m = /^\/?compare\/([^/]+)\/?$/.exec(path);
    const pair = m && parsePairSlug(m[1]!);
    if (!pair) continue;
    const { a, b } = canonicalPair(pair.first, pair.second);
    const slug = pairSlug(a, b);
    if (slug !== m[1]) continue; // the reversed address is a redirect page
    const left = bySlug.get(keySlug(a));
    const right = bySlug.get(keySlug(b));
    if (!left || !right) throw new Error(`compare/${slug}/ names a code that /codes.json does not list`);
    cards.push(pairCard(slug, left, right));
  }
  return cards;
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export default function socialImages(): AstroIntegration {
  let site: URL;
  let root: URL;
  return {
    name: 'social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? 'http://localhost/');
        root = config.root;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const started = performance.now();
        const data = JSON.parse(await readFile(new URL('codes.json', dir), 'utf8')) as Published;
        const cards = cardsFor(data, pages.map((p) => p.pathname));
        let outline: TextOutliner | undefined;
        const colours = await cardColours(root);
        const key = createHash('sha256').update(await drawingKey(root, site.host, colours));
        const cache = new URL('node_modules/.cache/websocket-close-codes/og/', root);
        await mkdir(new URL('og/', dir), { recursive: true });
        await mkdir(cache, { recursive: true });
        let drawn = 0;
        await pool(cards, availableParallelism(), async (card) => {
          const hash = key.copy().update(JSON.stringify(card)).digest('hex').slice(0, 32);
          const cached = new URL(`${hash}.png`, cache);
          const target = new URL(card.file, dir);
          if (existsSync(cached)) return place(cached, target);
          outline ??= outliner();
          const png = await renderPng(cardSvg(card, site.host, outline, colours));
          await writeFile(cached, png);
          await writeFile(target, png);
          drawn++;
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${cards.length} social images in ${fileURLToPath(new URL('og/', dir))} (${drawn} drawn, ${cards.length - drawn} from cache) in ${seconds} s`);
      },
    },
  };
}
