import { chromium } from '@playwright/test';
import { launchOptions } from '/work/pages/scripts/browser.mjs';
import { readdirSync } from 'node:fs';
const base = process.argv[2];
const paths = [];
for (const f of readdirSync('/work/pages/content/codes', { withFileTypes: true })) {
  if (f.isDirectory()) for (const g of readdirSync(`/work/pages/content/codes/${f.name}`)) paths.push(`/codes/${g.replace('.md','')}/${f.name}/`);
  else paths.push(`/codes/${f.name.replace('.md','')}/`);
}
const b = await chromium.launch(launchOptions);
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
const out = [];
for (const path of paths) {
  await p.goto(base + path);
  const y = await p.evaluate(() => {
    const el = document.querySelector('[data-fix-step]') ?? document.querySelector('#how-to-fix + *');
    return el ? Math.round(el.getBoundingClientRect().top + scrollY) : -1;
  });
  out.push([y, path]);
}
out.sort((a, b) => b[0] - a[0]);
console.log(out.slice(0, 25).map((r) => r.join(' ')).join('\n'));
console.log('over 1688:', out.filter((r) => r[0] >= 1688).length, 'of', out.length);
await b.close();
