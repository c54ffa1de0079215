/**
 * Finding, and where it can, installing the programs the end-to-end tests drive: Chromium (through
 * Playwright) and nginx (the real-host tests). The decisions are pure functions of a `system` object
 * (environment, file checks, commands), so tests can hand them fakes; `realSystem()` is the machine.
 *
 * What a run found is recorded in node_modules/.cache/websocket-close-codes/tools.json, which
 * scripts/browser.mjs and scripts/nginx-server.mjs read, so every tool uses the same binaries.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const RECORD_FILE = join(ROOT, 'node_modules/.cache/websocket-close-codes/tools.json');

/**
 * Where each tool is looked for, in order. `env`: a variable naming the binary; `paths`: fixed
 * places; `commands`: names looked up on PATH; `playwright`: Playwright's own downloaded browser.
 */
export const TOOLS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    lookup: [
      { path: '/usr/bin/chromium' },
      { path: '/usr/bin/chromium-browser' },
      { command: 'chromium' },
      { command: 'chromium-browser' },
      { playwright: true },
    ],
    versionFlag: '--version',
    apt: 'chromium',
    playwrightInstall: true,
    needed: 'the end-to-end tests run in Chromium',
  },
  nginx: {
    label: 'nginx',
    env: 'NGINX_PATH',
    lookup: [{ command: 'nginx' }, { path: '/usr/sbin/nginx' }],
    versionFlag: '-v',
    apt: 'nginx',
    playwrightInstall: false,
    needed: 'the real-host tests serve the built site with nginx',
  },
};

/** What to tell someone to install, per tool: the exact commands, most likely first. */
const ADVICE = {
  chromium: [
    'Debian or Ubuntu, as root: apt-get update && apt-get install -y chromium',
    'anywhere Playwright can download its browser: npx playwright install --with-deps chromium',
    'or point CHROMIUM_PATH at an installed Chromium or Chrome binary',
  ],
  nginx: [
    'Debian or Ubuntu, as root: apt-get update && apt-get install -y nginx',
    'macOS: brew install nginx',
    'or point NGINX_PATH at an installed nginx binary',
  ],
};

function describe(step) {
  if (step.path) return step.path;
  if (step.command) return `${step.command} on PATH`;
  return "Playwright's own browser";
}

/**
 * Looks for a tool without installing anything. Returns `{ path, source }` (source: 'env',
 * 'system' or 'playwright'), `{ error }` when the environment variable names something unusable
 * (a wrong setting is reported, never silently replaced), or `{ path: undefined, looked }`.
 */
export function findTool(name, system) {
  const tool = TOOLS[name];
  const fromEnv = system.env[tool.env];
  if (fromEnv) {
    if (system.usable(fromEnv, tool.versionFlag)) return { path: fromEnv, source: 'env' };
    return { error: `${tool.env} is set to ${fromEnv}, which is not a working ${tool.label} binary.` };
  }
  for (const step of tool.lookup) {
    let candidate;
    if (step.path) candidate = step.path;
    else if (step.command) candidate = system.which(step.command);
    else if (step.playwright) candidate = system.playwrightChromium();
    if (candidate && system.usable(candidate, tool.versionFlag)) return { path: candidate, source: step.playwright ? 'playwright' : 'system' };
  }
  return { path: undefined, looked: [`$${tool.env} (unset)`, ...tool.lookup.map(describe)] };
}

/** The ways this machine could install a tool, best first, with why others are skipped. */
export function installers(name, system) {
  const tool = TOOLS[name];
  const ways = [];
  const skipped = [];
  // Debian's package brings the shared libraries the browser needs; Playwright's download does not
  // unless it may run apt-get itself, so the package comes first where apt-get can be used.
  if (tool.apt) {
    if (!system.which('apt-get')) skipped.push(`apt-get install ${tool.apt}: no apt-get on this machine`);
    else if (!system.isRoot) skipped.push(`apt-get install ${tool.apt}: needs root`);
    else ways.push({ label: `apt-get install ${tool.apt}`, run: () => system.aptInstall(tool.apt) });
  }
  if (tool.playwrightInstall) {
    ways.push({ label: 'npx playwright install chromium', run: () => system.playwrightInstall() });
  }
  return { ways, skipped };
}

/**
 * Finds a tool or installs it. Returns `{ path, source }`, or `{ error }` with a message that says
 * what was looked for, what was tried and exactly what to install.
 */
export function ensureTool(name, system) {
  const tool = TOOLS[name];
  const found = findTool(name, system);
  if (found.error) return { error: `${found.error}\nFix or unset ${tool.env}, then run npm test again.` };
  if (found.path) return found;

  const { ways, skipped } = installers(name, system);
  const tried = [...skipped];
  for (const way of ways) {
    system.log(`No ${tool.label} found; trying ${way.label} …`);
    const result = way.run();
    if (result.ok) {
      const after = findTool(name, system);
      if (after.path) return { ...after, installedBy: way.label };
      tried.push(`${way.label}: finished, but ${tool.label} is still not found`);
    } else {
      tried.push(`${way.label}: ${result.reason}`);
    }
  }
  return {
    error: [
      `npm test needs ${tool.label} (${tool.needed}) and found none.`,
      `Looked for: ${found.looked.join(', ')}.`,
      ...(tried.length > 0 ? [`Tried: ${tried.join('; ')}.`] : []),
      `Install it, then run npm test again:`,
      ...ADVICE[name].map((line) => `  - ${line}`),
    ].join('\n'),
  };
}

// ---------------------------------------------------------------------------------------------
// The real machine.

function lastLines(text, n = 3) {
  return String(text ?? '')
    .trim()
    .split('\n')
    .slice(-n)
    .join(' / ');
}

export function realSystem({ log = (line) => console.error(line) } = {}) {
  const env = process.env;
  let aptUpdated = false;
  const which = (command) => {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const candidate = join(dir, command);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
    return undefined;
  };
  const run = (file, args, timeoutMs, extraEnv = {}) => {
    const result = spawnSync(file, args, {
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error) return { ok: false, reason: result.error.message };
    if (result.status !== 0) return { ok: false, reason: `exit ${result.status}: ${lastLines(result.stderr || result.stdout)}` };
    return { ok: true, output: result.stdout + result.stderr };
  };
  return {
    env,
    isRoot: process.getuid?.() === 0,
    log,
    which,
    /** An executable file that answers its version flag: catches broken or half-installed binaries. */
    usable(path, versionFlag) {
      try {
        accessSync(path, constants.X_OK);
      } catch {
        return false;
      }
      return run(path, [versionFlag], 30_000).ok;
    },
    playwrightChromium() {
      try {
        const require = createRequire(join(ROOT, 'package.json'));
        const { chromium } = require('playwright-core');
        const path = chromium.executablePath();
        return path && existsSync(path) ? path : undefined;
      } catch {
        return undefined;
      }
    },
    aptInstall(pkg) {
      const quiet = { DEBIAN_FRONTEND: 'noninteractive' };
      if (!aptUpdated) {
        const update = run('apt-get', ['update', '-qq'], 10 * 60_000, quiet);
        if (!update.ok) return update;
        aptUpdated = true;
      }
      return run('apt-get', ['install', '-y', '-qq', pkg], 15 * 60_000, quiet);
    },
    playwrightInstall() {
      return run(join(ROOT, 'node_modules/.bin/playwright'), ['install', 'chromium'], 10 * 60_000);
    },
  };
}

/** What ensure-tools found, or {} when it has not run (or the record is unreadable). */
export function readRecord(file = RECORD_FILE) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export function writeRecord(record, file = RECORD_FILE) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
