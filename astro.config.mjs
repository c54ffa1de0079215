// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import hostFiles from './src/integrations/host-files';
import searchIndex from './src/integrations/search-index';
import { CODE_THEMES } from './src/lib/site';

/** The public address of the site; the one place it is set. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://websocket-close-codes.dev';

/** Builds of another content tree (fixtures, benchmarks) keep their own content cache. */
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}/`
  : undefined;

export default defineConfig({
  site,
  ...(cacheDir && { cacheDir }),
  trailingSlash: 'always',
  integrations: [mdx(), hostFiles(), searchIndex()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
    },
  },
});
