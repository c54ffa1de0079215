/**
 * Runs html-validate over the HTML pages in dist/, split across the machine's cores. Exits non-zero
 * on any error, listing them.
 *
 * Every page is validated except two sets that one template writes once per number 0–4999, the
 * number being all that changes: the short links /<n>/ and the range pages /codes/<n>/ of numbers
 * nobody documents. Of those, the numbers validated are every documented number, every number an
 * application uses, the first and last number of each range, and every hundredth number: about 80
 * of each 5,000, each range's text included. `--all` validates every page (over 12,000, several minutes).
 *
 * Usage: node scripts/validate-html.mjs [--all] [dir]     (default: dist)
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const args = process.argv.slice(2);
const all = args.includes('--all');
const dir = args.find((a) => a !== '--all') ?? 'dist';

/** The numbers whose per-number pages are validated when not --all. */
function numbersToValidate(data) {
  const used = [...data.codes, ...data.familyCodes].map((c) => c.code);
  const rangeEnds = [0, 999, 1000, 2999, 3000, 3999, 4000, 4999];
  const hundreds = Array.from({ length: 50 }, (_, i) => i * 100);
  return new Set([...used, ...rangeEnds, ...hundreds]);
}

/** A short link dist/<n>/index.html or a range page dist/codes/<n>/index.html: the number, else undefined. */
function perNumberPage(file, documented) {
  const parts = relative(dir, file).split(sep);
  const n = (text) => (/^\d+$/.test(text) ? Number(text) : undefined);
  if (parts.length === 2 && parts[1] === 'index.html') return n(parts[0]);
  if (parts.length === 3 && parts[0] === 'codes' && parts[2] === 'index.html') {
    const number = n(parts[1]);
    return number !== undefined && !documented.has(number) ? number : undefined;
  }
  return undefined;
}

const every = htmlFiles(dir);
let files = every;
if (!all) {
  if (!existsSync(join(dir, 'codes.json'))) throw new Error(`${dir}/codes.json is missing: build the site first, or pass --all`);
  const data = JSON.parse(readFileSync(join(dir, 'codes.json'), 'utf8'));
  const keep = numbersToValidate(data);
  const documented = new Set(data.codes.map((c) => c.code));
  files = every.filter((file) => {
    const number = perNumberPage(file, documented);
    return number === undefined || keep.has(number);
  });
}
const shards = Math.max(1, Math.min(availableParallelism(), 4));
const chunks = Array.from({ length: shards }, (_, i) => files.filter((_, j) => j % shards === i));

/** Paths per html-validate call: one call with thousands of paths exits without a word. */
const BATCH = 3000;

function validate(paths) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['html-validate', '--formatter', 'text', ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (error) => resolve({ code: 1, out: `${error.message}\n` }));
    child.on('close', (code) => resolve({ code, out: code !== 0 && out === '' ? `html-validate exited with ${code} on ${paths.length} pages\n` : out }));
  });
}

const results = (
  await Promise.all(
    chunks.map(async (chunk) => {
      const outcomes = [];
      for (let i = 0; i < chunk.length; i += BATCH) outcomes.push(await validate(chunk.slice(i, i + BATCH)));
      return outcomes;
    }),
  )
).flat();

const failed = results.filter((r) => r.code !== 0);
for (const r of failed) process.stdout.write(r.out);
console.log(`html-validate: ${files.length} of ${every.length} pages${all ? '' : ' (per-number pages sampled; --all for every page)'}, ${failed.length === 0 ? 'no errors' : 'errors found'}`);
process.exit(failed.length === 0 ? 0 : 1);
