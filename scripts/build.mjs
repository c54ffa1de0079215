/**
 * `npm run build`: builds the site into a fresh folder next to dist/ and puts it in place only when
 * the build succeeds, so a failed build (a broken content file, a failing integration) never
 * destroys the last good site. The swap is two renames on one filesystem; the old site is deleted
 * after. Build artefacts written next to the output folder (dist.nginx.conf) move with it.
 *
 * Usage: node scripts/build.mjs [target]     (default: dist)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WORK_PREFIX = (name) => `.${name}-build-`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** Work folders left by builds that were killed before they could clean up. */
export function removeStaleWork(target) {
  const parent = dirname(target);
  const prefix = WORK_PREFIX(basename(target));
  if (!existsSync(parent)) return [];
  const removed = [];
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Runs `build(outDir)` into a work folder beside `target` and swaps the result in when it returns 0.
 * Returns the build's exit status; on any failure `target` and its artefacts are left as they were.
 */
export async function buildAndSwap({ target, build, log = (line) => console.error(line) }) {
  target = resolve(target);
  const parent = dirname(target);
  const name = basename(target);
  removeStaleWork(target);
  const work = join(parent, `${WORK_PREFIX(name)}${process.pid}`);
  mkdirSync(work, { recursive: true });
  const outDir = join(work, name);
  const old = join(work, `${name}.previous`);
  try {
    let status;
    try {
      status = await build(outDir);
    } catch (error) {
      log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      status = 1;
    }
    if (status === 0 && !existsSync(join(outDir, 'index.html'))) {
      log(`The build reported success but wrote no ${name}/index.html.`);
      status = 1;
    }
    if (status !== 0) {
      log(`Build failed; ${name}/ is unchanged.`);
      return status || 1;
    }
    // Artefacts written beside the output folder, e.g. dist.nginx.conf.
    const artefacts = readdirSync(work).filter((entry) => entry !== name);
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(outDir, target);
    } catch (error) {
      if (existsSync(old)) renameSync(old, target);
      throw error;
    }
    for (const entry of artefacts) renameSync(join(work, entry), join(parent, entry));
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `astro build` into outDir with the Node running this script; the config reads OUT_DIR. */
function astroBuild(outDir) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    });
    running = child;
    child.on('error', fail);
    child.on('close', (status, signal) => {
      running = undefined;
      done(signal ? 1 : (status ?? 1));
    });
  });
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let running;

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = resolve(ROOT, process.argv[2] ?? 'dist');
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      running?.kill('SIGTERM');
      rmSync(join(dirname(target), `${WORK_PREFIX(basename(target))}${process.pid}`), { recursive: true, force: true });
      process.exit(130);
    });
  }
  process.exitCode = await buildAndSwap({ target, build: astroBuild });
}
