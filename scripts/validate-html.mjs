/**
 * Runs html-validate over every HTML page in dist/, split across the machine's cores because
 * there are over ten thousand pages. Exits non-zero on any error, listing them.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const files = htmlFiles(process.argv[2] ?? 'dist');
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
console.log(`html-validate: ${files.length} pages, ${failed.length === 0 ? 'no errors' : 'errors found'}`);
process.exit(failed.length === 0 ? 0 : 1);
