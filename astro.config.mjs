// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public address of the site; the one place it is set. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://websocket-close-codes.dev';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
});
