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

const results = await Promise.all(
  chunks.map(
    (chunk) =>
      new Promise((resolve) => {
        // Many paths per call, passed on stdin-free argv in batches small enough for the OS limit.
        const child = spawn('npx', ['html-validate', '--formatter', 'text', ...chunk], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => resolve({ code, out }));
      }),
  ),
);

const failed = results.filter((r) => r.code !== 0);
for (const r of failed) process.stdout.write(r.out);
console.log(`html-validate: ${files.length} pages, ${failed.length === 0 ? 'no errors' : 'errors found'}`);
process.exit(failed.length === 0 ? 0 : 1);
