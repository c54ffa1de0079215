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
