// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import hostFiles from './src/integrations/host-files';
import searchIndex from './src/integrations/search-index';
import socialImages from './src/integrations/social-images';

/** The public address of the site; the one place it is set. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://websocket-close-codes.dev';

/** Builds of another content tree (fixtures, benchmarks) keep their own content cache. */
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}/`
  : undefined;

/**
 * Where the build writes. scripts/build.mjs sets it to a fresh folder and swaps that in for dist/
 * only when the build succeeds; integrations must write through the `dir` Astro passes them.
 */
const outDir = process.env.OUT_DIR;

export default defineConfig({
  site,
  ...(cacheDir && { cacheDir }),
  ...(outDir && { outDir }),
  trailingSlash: 'always',
  integrations: [mdx(), hostFiles(), searchIndex(), socialImages()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Stylesheets split by page kind: the common part is cached across every page, and a code page
  // does not load the styles of the home, family and comparison pages, which keeps it within 14 KB.
  // Plain code blocks: highlighting would cost each page bytes of inline styles, and need
  // 'unsafe-inline' styles in the security policy.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The small modules that the search box, the any-pair form and the diagnose page share go in one
          // chunk: each response costs its headers (about 800 B), more than these modules weigh gzipped.
          codeSplitting: { groups: [{ name: 'codes', test: /src[\\/]lib[\\/](?:pairs|static-pairs|numbers|ranges)\.ts$/ }] },
        },
      },
    },
  },
});
