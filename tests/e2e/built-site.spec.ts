/**
 * Checks over every built page, read from ./dist: links and fragments resolve, each page has its
 * own title, description and canonical URL, structured data parses, and nothing loads from another origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { attr, DIST, decode, htmlFiles, isRedirectPage, metaContent, read, urlPath } from '../support/dist';

const pages = htmlFiles().map((file) => ({ file, path: urlPath(file), html: read(file) }));
const byPath = new Map(pages.map((p) => [p.path, p]));
const ids = new Map(pages.map((p) => [p.path, new Set(attr(p.html, /\sid="([^"]+)"/g))]));

function targetExists(path: string): boolean {
  if (byPath.has(path)) return true;
  const file = join(DIST, path);
  return existsSync(file) && !path.endsWith('/');
}

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
  expect(byPath.has('/')).toBe(true);
  expect(byPath.has('/404.html')).toBe(true);
});

test('no internal link or #fragment is broken on any page', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of attr(page.html, /<a [^>]*href="([^"]+)"/g)) {
      if (/^[a-z]+:/i.test(href)) continue;
      const url = new URL(href, `http://site${page.path}`);
      const path = url.pathname;
      if (!targetExists(path)) {
        broken.push(`${page.path} → ${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(path)?.has(fragment)) broken.push(`${page.path} → ${href} (no #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page has a unique title and description', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const page of pages.filter((p) => !isRedirectPage(p.html))) {
    const title = /<title>([^<]+)<\/title>/.exec(page.html)?.[1];
    const description = metaContent(page.html, 'description');
    expect(title, `${page.path} title`).toBeTruthy();
    expect(description?.length ?? 0, `${page.path} description`).toBeGreaterThan(30);
    for (const key of [`t:${title}`, `d:${description}`]) {
      if (seen.has(key)) clashes.push(`${page.path} repeats ${key} of ${seen.get(key)}`);
      seen.set(key, page.path);
    }
  }
  expect(clashes).toEqual([]);
});

test('every page names its canonical URL, Open Graph tags and valid JSON-LD', () => {
  for (const page of pages.filter((p) => !isRedirectPage(p.html) && p.path !== '/404.html')) {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)?.[1];
    expect(canonical && new URL(canonical).pathname, `${page.path} canonical`).toBe(page.path);
    expect(metaContent(page.html, 'og:url'), `${page.path} og:url`).toBe(canonical);
    expect(metaContent(page.html, 'og:title'), `${page.path} og:title`).toBeTruthy();
    for (const json of attr(page.html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const data = JSON.parse(json) as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) expect((item as Record<string, unknown>)['@context']).toBe('https://schema.org');
    }
  }
});

test('redirect pages point to a real page and are kept out of search engines', () => {
  const redirects = pages.filter((p) => isRedirectPage(p.html));
  expect(redirects.length).toBeGreaterThan(0);
  for (const page of redirects) {
    const to = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(page.html)?.[1];
    expect(to && byPath.has(decode(to)), `${page.path} → ${to}`).toBe(true);
    expect(metaContent(page.html, 'robots')).toBe('noindex');
  }
});

test('no page loads anything from another origin', () => {
  const external: string[] = [];
  for (const page of pages) {
    const sources = attr(page.html, /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]+)"/g);
    const linked = [...page.html.matchAll(/<link ([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((tag) => !/rel="canonical"/.test(tag))
      .flatMap((tag) => attr(tag, /href="([^"]+)"/g));
    for (const url of [...sources, ...linked]) {
      if (/^(https?:)?\/\//.test(url)) external.push(`${page.path}: ${url}`);
    }
  }
  expect(external).toEqual([]);
});

test('the sitemap lists every canonical page and nothing else', () => {
  const sitemap = read(join(DIST, 'sitemap.xml'));
  const listed = attr(sitemap, /<loc>([^<]+)<\/loc>/g).map((u) => new URL(u).pathname);
  const canonical = pages
    .filter((p) => !isRedirectPage(p.html) && p.path !== '/404.html' && !/name="robots" content="noindex"/.test(p.html))
    .map((p) => p.path);
  expect([...listed].sort()).toEqual([...canonical].sort());
  expect(read(join(DIST, 'robots.txt'))).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});
