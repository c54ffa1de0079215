/** The configuration each host gets: src/lib/host-files.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  hostFlavour,
  nginxSnippet,
  redirectsFile,
  reversedComparisons,
  SHORT_LINK_PATTERN,
  splitComparisonSlug,
} from '../../src/lib/host-files';
import { SECURITY_HEADERS } from '../../src/lib/security';

const rules = (file: string) =>
  file
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));

describe('_redirects', () => {
  it('Cloudflare Pages: plain 301s, since it applies rules over existing files and drops `301!` lines', () => {
    expect(rules(redirectsFile([1000, 1006]))).toEqual([
      ['/1000', '/codes/1000/', '301'],
      ['/1000/', '/codes/1000/', '301'],
      ['/1006', '/codes/1006/', '301'],
      ['/1006/', '/codes/1006/', '301'],
    ]);
  });

  it('Netlify: forced 301s, so the static redirect page at /<n>/ cannot shadow the rule', () => {
    expect(rules(redirectsFile([1006], 'netlify'))).toEqual([
      ['/1006', '/codes/1006/', '301!'],
      ['/1006/', '/codes/1006/', '301!'],
    ]);
  });

  it('Netlify builds (NETLIFY=true) get the Netlify flavour, every other build Cloudflare’s', () => {
    expect(hostFlavour({ NETLIFY: 'true' })).toBe('netlify');
    expect(hostFlavour({ CF_PAGES: '1' })).toBe('cloudflare');
    expect(hostFlavour({})).toBe('cloudflare');
  });
});

describe('_headers', () => {
  it('gives every path every security header and hashed assets a year of caching', () => {
    const file = headersFile();
    const [all, assets] = file.split('\n\n');
    expect(all).toContain('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all).toContain(`  ${name}: ${value}`);
    expect(assets?.trim()).toBe('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('comparison slugs', () => {
  it.each([
    ['1010-vs-1014', ['1010', '1014']],
    ['4004-discord-gateway-vs-4004-graphql-ws', ['4004-discord-gateway', '4004-graphql-ws']],
    ['4004-vs-4004-graphql-ws', ['4004', '4004-graphql-ws']],
    ['1000-vs-4000-vs-code', ['1000', '4000-vs-code']],
  ])('%s splits into its two sides', (slug, sides) => {
    expect(splitComparisonSlug(slug)).toEqual(sides);
  });

  it.each(['1010', '1010-vs-', 'vs-1010', 'a-vs-b', '1010-vs-1010', '1000-vs-1001-vs-1002'])('%s is not a comparison', (slug) => {
    expect(splitComparisonSlug(slug)).toBeNull();
  });

  it('every comparison page gets its reversed address; redirect pages are not comparisons', () => {
    const pages = [
      { slug: '1000-vs-1006', redirect: false },
      { slug: '1006-vs-1000', redirect: true },
      { slug: '4004-vs-4004-graphql-ws', redirect: false },
      { slug: '4004-discord-gateway-vs-4004-graphql-ws', redirect: false },
    ];
    expect(reversedComparisons(pages)).toEqual([
      { from: '/compare/1006-vs-1000/', to: '/compare/1000-vs-1006/' },
      { from: '/compare/4004-graphql-ws-vs-4004-discord-gateway/', to: '/compare/4004-discord-gateway-vs-4004-graphql-ws/' },
      { from: '/compare/4004-graphql-ws-vs-4004/', to: '/compare/4004-vs-4004-graphql-ws/' },
    ]);
  });

  it('without the reversed redirect pages the rules are the same', () => {
    expect(reversedComparisons([{ slug: '1000-vs-1006', redirect: false }])).toEqual([
      { from: '/compare/1006-vs-1000/', to: '/compare/1000-vs-1006/' },
    ]);
  });

  it('refuses two pages for one pair, which would make nginx loop', () => {
    const both = [
      { slug: '1000-vs-1006', redirect: false },
      { slug: '1006-vs-1000', redirect: false },
    ];
    expect(() => reversedComparisons(both)).toThrow(/both comparison pages/);
  });
});

describe('nginx snippet', () => {
  const snippet = nginxSnippet({ comparisons: [{ from: '/compare/1006-vs-1000/', to: '/compare/1000-vs-1006/' }] });
  const lines = snippet.split('\n');

  it('one regular expression gives every number 0–4999 its short link, and no other path', () => {
    const pattern = new RegExp(SHORT_LINK_PATTERN);
    const matched = Array.from({ length: 20_000 }, (_, n) => n).filter((n) => pattern.test(`/${n}`) && pattern.test(`/${n}/`));
    expect(matched).toEqual(Array.from({ length: 5000 }, (_, n) => n));
    for (const path of ['/01006', '/1006x', '/1006//', '/-1', '/', '/codes/1006/']) expect(pattern.test(path), path).toBe(false);
    expect(lines.filter((l) => l.startsWith('location ~'))).toEqual([`location ~ "${SHORT_LINK_PATTERN}" {`]);
    expect(snippet).toContain('return 301 /codes/$wscc_code/$is_args$args;');
  });

  it('reversed comparisons answer 301 with and without the slash', () => {
    expect(lines).toContain('location = /compare/1006-vs-1000/ { return 301 /compare/1000-vs-1006/; }');
    expect(lines).toContain('location = /compare/1006-vs-1000 { return 301 /compare/1000-vs-1006/; }');
  });

  it('sends every security header on every response, and again where caching adds a header', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const line = `add_header ${name} "${value}" always;`;
      expect(lines.filter((l) => l.trim() === line), name).toHaveLength(2);
    }
    expect(snippet).toMatch(/location \^~ \/_astro\/ \{\n\s+add_header Cache-Control "public, max-age=31536000, immutable" always;/);
  });

  it('serves 404.html for missing pages and redirects by path', () => {
    expect(lines).toContain('error_page 404 /404.html;');
    expect(lines).toContain('absolute_redirect off;');
  });

  it('leaves `location /` to the server block that includes it', () => {
    expect(snippet).not.toMatch(/location \/ /);
  });

  it('refuses a header value nginx would read differently', () => {
    expect(() => nginxSnippet({ comparisons: [] })).not.toThrow();
    const original = SECURITY_HEADERS['Referrer-Policy'];
    try {
      SECURITY_HEADERS['Referrer-Policy'] = 'no-referrer $host';
      expect(() => nginxSnippet({ comparisons: [] })).toThrow(/cannot put/);
    } finally {
      SECURITY_HEADERS['Referrer-Policy'] = original!;
    }
  });
});

describe('netlify.toml', () => {
  it('builds with the project’s command and publishes the folder the build swaps into place', () => {
    const toml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
    expect(toml).toMatch(/^\[build\]$/m);
    expect(toml).toMatch(/^\s*command = "npm run build"$/m);
    expect(toml).toMatch(/^\s*publish = "dist"$/m);
  });
});
