/**
 * Configuration for the hosts the site is deployed to, generated from what the build published so
 * the rules cover exactly the pages that exist:
 *
 * - `_headers` and `_redirects` in the site's root, read by Cloudflare Pages and Netlify;
 * - an nginx server snippet written next to the site (dist.nginx.conf), outside the web root.
 *
 * Every host gets the same security headers (src/lib/security.ts), the same caching and the same
 * permanent redirects; the static redirect pages in the site still serve hosts that read none of these.
 */
import { codePath } from './pairs';
import { HIGHEST_CODE, LOWEST_CODE } from './ranges';
import { SECURITY_HEADERS } from './security';

/** Hashed build assets: their names change whenever their content does, so they may be cached for good. */
export const HASHED_ASSETS = '/_astro/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export type RedirectsFlavour = 'cloudflare' | 'netlify';

/**
 * `_redirects`: a 301 from each short link of a documented code to the code's page. Only documented
 * codes are listed: Cloudflare Pages allows 2,000 static rules, and every other number still
 * answers through its static redirect page.
 *
 * Both hosts read the same file name but disagree on one point. Netlify serves an existing file
 * instead of applying a rule ("shadowing") unless the rule is forced with `!`, and every short link
 * has its static redirect page, so Netlify needs `301!`; Cloudflare Pages always applies its rules
 * and ignores a line whose status is `301!`. The flavour is chosen at build time (see hostFlavour).
 */
export function redirectsFile(codes: readonly number[], flavour: RedirectsFlavour = 'cloudflare'): string {
  const status = flavour === 'netlify' ? '301!' : '301';
  const lines = codes.flatMap((code) => [`/${code} ${codePath(code)} ${status}`, `/${code}/ ${codePath(code)} ${status}`]);
  const host = flavour === 'netlify' ? 'Netlify (forced rules: the static redirect pages must not shadow them)' : 'Cloudflare Pages';
  return `# Short links to documented close codes, for ${host}; generated at build time.\n${lines.join('\n')}\n`;
}

/** Netlify's builds set NETLIFY=true; everything else gets the Cloudflare Pages file. */
export function hostFlavour(env: Record<string, string | undefined>): RedirectsFlavour {
  return env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
}

/** `_headers` (Netlify, Cloudflare Pages): the security headers on every path, long caching for hashed assets. */
export function headersFile(): string {
  const all = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return [
    '# Generated at build time from src/lib/security.ts and src/lib/host-files.ts.',
    '/*',
    ...all,
    '',
    `${HASHED_ASSETS}*`,
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ].join('\n');
}

export interface Redirect {
  from: string;
  to: string;
}

/**
 * Splits a comparison slug into its two sides: "1010-vs-1014" → ["1010", "1014"],
 * "4004-discord-gateway-vs-4004-graphql-ws" → ["4004-discord-gateway", "4004-graphql-ws"].
 * Each side starts with its code number, so the separator is the one "-vs-" followed by a digit.
 */
export function splitComparisonSlug(slug: string): [string, string] | null {
  const cuts = [...slug.matchAll(/-vs-(?=\d)/g)].map((m) => m.index);
  if (cuts.length !== 1) return null;
  const at = cuts[0]!;
  const first = slug.slice(0, at);
  const second = slug.slice(at + '-vs-'.length);
  const side = /^\d+(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
  return side.test(first) && side.test(second) && first !== second ? [first, second] : null;
}

/**
 * The reversed address of every comparison page, pointing at the page: for each `compare/<x>-vs-<y>/`
 * that the build wrote as a real page (not as a redirect page), `/compare/<y>-vs-<x>/` → it. Built
 * from whatever comparison folders exist, so new codes and code families are covered as they appear.
 */
export function reversedComparisons(pages: readonly { slug: string; redirect: boolean }[]): Redirect[] {
  const canonical = new Set(pages.filter((p) => !p.redirect).map((p) => p.slug));
  const redirects: Redirect[] = [];
  for (const slug of [...canonical].sort()) {
    const sides = splitComparisonSlug(slug);
    if (!sides) throw new Error(`compare/${slug}/ is not of the form <x>-vs-<y>`);
    const reversed = `${sides[1]}-vs-${sides[0]}`;
    if (canonical.has(reversed)) throw new Error(`compare/${slug}/ and compare/${reversed}/ are both comparison pages`);
    redirects.push({ from: `/compare/${reversed}/`, to: `/compare/${slug}/` });
  }
  return redirects;
}

/** A value nginx takes verbatim inside double quotes: no quote, backslash, `$` (a variable) or line break. */
function quoted(value: string): string {
  if (/["\\$\r\n]/.test(value)) throw new Error(`cannot put ${JSON.stringify(value)} in an nginx string`);
  return `"${value}"`;
}

/** The short-link pattern: every number 0–4999 without leading zeros, with or without its slash. */
export const SHORT_LINK_PATTERN = '^/(?<wscc_code>0|[1-9][0-9]{0,2}|[1-4][0-9]{3})/?$';

/**
 * An nginx snippet for the inside of a `server { }` block whose `root` is the built site. It gives
 * every response the security headers, caches hashed assets for good, answers 301 for short links
 * (one regular expression for every number) and for reversed comparisons (one exact location
 * each: nginx's lookup for those is a tree, not a list), and serves 404.html for missing pages.
 */
export function nginxSnippet({ comparisons }: { comparisons: readonly Redirect[] }): string {
  if (LOWEST_CODE !== 0 || HIGHEST_CODE !== 4999) throw new Error('SHORT_LINK_PATTERN assumes numbers 0–4999');
  const security = Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
  const indent = (lines: string[]) => lines.map((line) => `    ${line}`);
  const reversed = comparisons.flatMap(({ from, to }) => [
    `location = ${from} { return 301 ${to}; }`,
    `location = ${from.slice(0, -1)} { return 301 ${to}; }`,
  ]);
  return [
    '# nginx configuration for WebSocket Close Codes, generated by the build (src/lib/host-files.ts).',
    '# Include it inside the server block that serves the built site, e.g.',
    '#   server {',
    '#       listen 443 ssl;',
    '#       server_name websocket-close-codes.example;',
    '#       root /srv/websocket-close-codes/dist;',
    '#       include /srv/websocket-close-codes/dist.nginx.conf;',
    '#   }',
    '# It defines no `location /`, so the server block may add its own.',
    '',
    'index index.html;',
    'error_page 404 /404.html;',
    '# Redirects by path only, so they stay right behind a proxy or TLS terminator.',
    'absolute_redirect off;',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml text/javascript application/javascript application/json application/xml image/svg+xml application/manifest+json;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_types text/css text/plain text/xml text/javascript application/javascript application/json application/xml image/svg+xml application/manifest+json;',
    '',
    '# The security policy (src/lib/security.ts) on every response, errors and redirects included.',
    ...security,
    '',
    '# Hashed build assets never change. A location that adds a header drops the server\'s, so the policy is repeated.',
    `location ^~ ${HASHED_ASSETS} {`,
    ...indent([`add_header Cache-Control ${quoted(IMMUTABLE)} always;`, ...security]),
    '}',
    '',
    '# Configuration for other hosts, not content.',
    'location = /_headers { return 404; }',
    'location = /_redirects { return 404; }',
    '',
    `# Short links: /<n> and /<n>/ for every number ${LOWEST_CODE}–${HIGHEST_CODE} lead to /codes/<n>/.`,
    `location ~ "${SHORT_LINK_PATTERN}" {`,
    ...indent(['return 301 /codes/$wscc_code/$is_args$args;']),
    '}',
    '',
    `# Reversed comparisons: each comparison has one address (${comparisons.length} pages).`,
    ...reversed,
    '',
  ].join('\n');
}
