/** Reads the built site in ./dist for tests that check every page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

export function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** dist/codes/1006/index.html → /codes/1006/ */
export function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

export function attr(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => decode(m[1]!));
}

export function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

export function metaContent(html: string, key: string): string | undefined {
  const re = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`);
  return re.exec(html)?.[1];
}

export const isRedirectPage = (html: string) => /<meta http-equiv="refresh"/.test(html);

/**
 * A built script and every script it imports, statically or on demand, as file names in dist/_astro.
 * Follows the chunk names Vite writes into the code (`./x.js` imports, "_astro/x.js" preload lists), in any quotes.
 */
export function scriptsLoadedBy(entry: string, stopAt: (file: string) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || (name !== entry && stopAt(name))) return;
    seen.add(name);
    for (const m of readFileSync(join(DIST, '_astro', name), 'utf8').matchAll(/["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}
