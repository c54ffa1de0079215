/**
 * Lighthouse on key pages of the built site, with Lighthouse's default (mobile, simulated
 * throttling) settings and the Chromium that scripts/browser.mjs chooses, so the scores match what
 * PageSpeed would report. Serves ./dist on a free port (building it first if missing),
 * writes HTML and JSON reports to ./reports/lighthouse and prints the scores and every audit that
 * lost points. Exits 0 whatever the scores: it informs, the tests gate.
 * Usage: node scripts/audit.mjs [/path/ ...]
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { serveDist } from './serve.mjs';

// dist/, reports/ and npm run build are all relative to the repository root.
process.chdir(resolve(import.meta.dirname, '..'));

const paths = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/codes/1006/', '/compare/1010-vs-1014/'];
const out = 'reports/lighthouse';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Headless, plus the flags every tool here uses so Chromium fetches nothing the audit did not ask for.
const CHROME_FLAGS = ['--headless=new', ...chromiumArgs];

const chromePath = chromiumPath ?? process.env.CHROME_PATH;
if (!chromePath) {
  console.error('No Chromium found: run `node scripts/ensure-tools.mjs chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

if (!existsSync('dist/index.html')) {
  console.log('dist/ is missing: building it first.');
  execSync('npm run build', { stdio: 'inherit' });
}

mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
const results = [];
try {
  for (const path of pages) {
    const slug = path.replace(/^\/|\/$/g, '').replace(/\W+/g, '-') || 'home';
    process.stderr.write(`auditing ${path} … `);
    const runnerResult = await lighthouse(server.url + path, {
      port: chrome.port,
      output: ['html', 'json'],
      logLevel: 'error',
    });
    if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr, report } = runnerResult;
    writeFileSync(`${out}/${slug}.report.html`, report[0]);
    writeFileSync(`${out}/${slug}.report.json`, report[1]);
    process.stderr.write(`${out}/${slug}.report.html\n`);
    if (lhr.runtimeError) console.error(`  ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    results.push({ path, lhr });
  }
} finally {
  await chrome.kill();
  server.close();
}

const score = (s) => (s === null || s === undefined ? '–' : String(Math.round(s * 100)));

console.log(`\n| page | ${CATEGORIES.join(' | ')} |`);
console.log(`|---|${CATEGORIES.map(() => '--:').join('|')}|`);
for (const { path, lhr } of results) {
  console.log(`| ${path} | ${CATEGORIES.map((c) => score(lhr.categories[c]?.score)).join(' | ')} |`);
}

// A category score is the weighted mean of its audits, so the weighted audits below 1 are exactly
// where the points went. Performance is weighted only on metrics, which say how slow but not why;
// the failing opportunities and diagnostics that would move those metrics are listed after them.
for (const { path, lhr } of results) {
  console.log(`\n${path}`);
  const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
  console.log(
    `  metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, ` +
      `Speed Index ${metric('speed-index')}; ${metric('total-byte-weight')}; DOM ${metric('dom-size')}`,
  );
  let lost = 0;
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && typeof audit.score === 'number' && audit.score < 1) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        console.log(`  ${id}: ${audit.title}${value}: score ${score(audit.score)}, weight ${ref.weight}`);
        lost++;
      }
    }
  }
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 && ref.group !== 'metrics' && typeof audit.score === 'number' && audit.score < 0.9) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      console.log(`  performance hint: ${audit.title}${value}: score ${score(audit.score)}`);
      lost++;
    }
  }
  if (lost === 0) console.log('  no audit lost points');
}
