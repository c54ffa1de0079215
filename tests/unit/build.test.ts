/**
 * A failed build never destroys the last good site: scripts/build.mjs builds beside the target and
 * swaps only on success. Real failing builds run against tiny targets in a temp folder; the swap
 * itself runs with a stand-in build so it is quick.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAndSwap, removeStaleWork } from '../../scripts/build.mjs';

const run = promisify(execFile);
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wscc-build-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** Every file under dir with a hash of its bytes, so "unchanged" means byte-identical. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const LAST_GOOD = {
  'dist/index.html': '<!doctype html><title>last good site</title>',
  'dist/codes/1006/index.html': '<!doctype html><title>1006</title>',
  'dist/_headers': '/*\n  X-Frame-Options: DENY\n',
  'dist.nginx.conf': '# last good nginx snippet\n',
};

describe('npm run build with broken content', { timeout: 120_000 }, () => {
  it.each([
    ['bad-field', 'a field fails the schema, so the build stops before writing pages', /summary: must be at most 160 characters/],
    ['render-error', 'a page throws after the build has started writing pages', /Cannot read properties of undefined \(reading 'map'\)/],
  ])('%s: %s; the existing site is left byte-identical', async (fixture, _why, message) => {
    const root = tempDir();
    write(root, LAST_GOOD);
    const before = snapshot(root);
    const result = await run(process.execPath, ['scripts/build.mjs', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: `tests/fixtures/content/${fixture}`, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      () => ({ ok: true, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ ok: false, output: error.stdout + error.stderr }),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(message);
    expect(result.output).toContain('Build failed; dist/ is unchanged.');
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.nginx.conf']);
  });
});

describe('the swap', () => {
  it('a successful build replaces the site and its artefacts, leaving nothing else behind', async () => {
    const root = tempDir();
    write(root, { ...LAST_GOOD, 'dist/gone.html': 'only in the old build' });
    const status = await buildAndSwap({
      target: join(root, 'dist'),
      build: async (outDir: string) => {
        write(outDir, { 'index.html': 'new site', 'codes/1006/index.html': 'new 1006' });
        write(join(outDir, '..'), { 'dist.nginx.conf': '# new snippet\n' });
        return 0;
      },
      log: () => {},
    });
    expect(status).toBe(0);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new site');
    expect(existsSync(join(root, 'dist/gone.html'))).toBe(false);
    expect(readFileSync(join(root, 'dist.nginx.conf'), 'utf8')).toBe('# new snippet\n');
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.nginx.conf']);
  });

  it('the first build, with no site yet, puts one in place', async () => {
    const root = tempDir();
    const status = await buildAndSwap({
      target: join(root, 'dist'),
      build: async (outDir: string) => (write(outDir, { 'index.html': 'first' }), 0),
      log: () => {},
    });
    expect(status).toBe(0);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it.each([
    ['exits non-zero after writing half a site', async (outDir: string) => (write(outDir, { 'index.html': 'half' }), 1)],
    ['throws', async () => Promise.reject(new Error('integration failed'))],
    ['reports success but writes no index.html', async (outDir: string) => (write(outDir, { 'a.txt': 'x' }), 0)],
  ])('a build that %s leaves the site as it was', async (_what, build) => {
    const root = tempDir();
    write(root, LAST_GOOD);
    const before = snapshot(root);
    const status = await buildAndSwap({ target: join(root, 'dist'), build, log: () => {} });
    expect(status).not.toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.nginx.conf']);
  });

  it('work folders of killed builds are cleared, those of running builds kept', () => {
    const root = tempDir();
    mkdirSync(join(root, '.dist-build-999999999'));
    mkdirSync(join(root, `.dist-build-${process.ppid}`));
    removeStaleWork(join(root, 'dist'));
    expect(readdirSync(root)).toEqual([`.dist-build-${process.ppid}`]);
  });
});
