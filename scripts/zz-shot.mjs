import { chromium } from '@playwright/test';
import { launchOptions } from '/work/pages/scripts/browser.mjs';
const [base, path, out, w = '390', scheme = 'light', full = '1'] = process.argv.slice(2);
const b = await chromium.launch(launchOptions);
const p = await b.newPage({ viewport: { width: Number(w), height: 844 }, colorScheme: scheme });
await p.goto(base + path);
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
