/**
 * Screenshots of key pages at phone and desktop widths, light and dark, for looking at the site
 * as a visitor would. Serves ./dist on a free port; writes PNGs to ./reports/screenshots.
 * Usage: node scripts/screenshots.mjs [/path/ ...]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { serveDist } from './serve.mjs';

const paths = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/codes/1006/', '/compare/1010-vs-1014/'];
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });

const server = await serveDist('dist');
const browser = await chromium.launch(launchOptions);
try {
  for (const path of pages) {
    for (const [label, width] of [['phone', 390], ['desktop', 1280]]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(server.url + path);
        const name = `${path.replace(/\W+/g, '_') || 'home'}-${label}-${scheme}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        await page.close();
        console.log(`${out}/${name}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
