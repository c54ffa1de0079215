import { chromium } from '@playwright/test';
import { launchOptions } from './browser.mjs';
import { serveDist } from './serve.mjs';
const pages = process.argv.slice(2);
const server = await serveDist('dist');
const browser = await chromium.launch(launchOptions);
for (const path of pages) {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(server.url + path);
      await page.waitForTimeout(300);
      const name = `/tmp/shots/${path.replace(/\W+/g, '_')}-${label}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: false });
      await page.close();
      console.log(name);
    }
  }
}
await browser.close();
server.close();
