/**
 * Which Chromium and nginx `npm test` uses, what it installs when there is none, and what it says
 * when it can do neither: the decisions in scripts/tools.mjs, run against a fake machine.
 */
import { describe, expect, it } from 'vitest';
import { chosenChromium, launchOptionsFor } from '../../scripts/browser.mjs';
import { ensureTool, findTool } from '../../scripts/tools.mjs';

interface Machine {
  env?: Record<string, string>;
  /** Binaries that exist and run. */
  working?: string[];
  /** Commands on PATH and where they live. */
  onPath?: Record<string, string>;
  playwright?: string;
  isRoot?: boolean;
  /** What each installer makes appear; absent: the installer fails. */
  aptGives?: Record<string, string>;
  playwrightGives?: string;
}

function fake(machine: Machine) {
  const working = new Set(machine.working ?? []);
  const calls: string[] = [];
  const logs: string[] = [];
  const system = {
    env: machine.env ?? {},
    isRoot: machine.isRoot ?? false,
    log: (line: string) => logs.push(line),
    which: (command: string) => machine.onPath?.[command],
    usable: (path: string) => working.has(path),
    playwrightChromium: () => machine.playwright,
    aptInstall(pkg: string) {
      calls.push(`apt-get install ${pkg}`);
      const gives = machine.aptGives?.[pkg];
      if (!gives) return { ok: false, reason: `E: Unable to locate package ${pkg}` };
      working.add(gives);
      machine.onPath = { ...machine.onPath, [pkg]: gives };
      return { ok: true };
    },
    playwrightInstall() {
      calls.push('playwright install');
      if (!machine.playwrightGives) return { ok: false, reason: 'getaddrinfo ENOTFOUND' };
      working.add(machine.playwrightGives);
      machine.playwright = machine.playwrightGives;
      return { ok: true };
    },
  };
  return { system, calls, logs };
}

const APT = { 'apt-get': '/usr/bin/apt-get' };

describe('finding Chromium', () => {
  it('CHROMIUM_PATH wins over the system Chromium and Playwright’s', () => {
    const { system } = fake({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      working: ['/opt/chrome/chrome', '/usr/bin/chromium', '/pw/chrome'],
      playwright: '/pw/chrome',
    });
    expect(findTool('chromium', system)).toEqual({ path: '/opt/chrome/chrome', source: 'env' });
  });

  it('a CHROMIUM_PATH that does not work is reported, not replaced by another browser', () => {
    const { system, calls } = fake({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, working: ['/usr/bin/chromium'], isRoot: true, onPath: APT });
    const result = ensureTool('chromium', system);
    expect(result.error).toMatch(/CHROMIUM_PATH is set to \/nowhere\/chrome, which is not a working Chromium binary/);
    expect(calls).toEqual([]);
  });

  it('the system’s /usr/bin/chromium comes before chromium-browser and Playwright’s browser', () => {
    const { system } = fake({ working: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/pw/chrome'], playwright: '/pw/chrome' });
    expect(findTool('chromium', system)).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });

  it('chromium-browser and a chromium on PATH count as the system’s', () => {
    expect(findTool('chromium', fake({ working: ['/usr/bin/chromium-browser'] }).system).path).toBe('/usr/bin/chromium-browser');
    const onPath = fake({ working: ['/snap/bin/chromium'], onPath: { chromium: '/snap/bin/chromium' } }).system;
    expect(findTool('chromium', onPath)).toEqual({ path: '/snap/bin/chromium', source: 'system' });
  });

  it('a system binary that exists but does not run is skipped', () => {
    const { system } = fake({ working: ['/pw/chrome'], onPath: { chromium: '/usr/local/bin/chromium' }, playwright: '/pw/chrome' });
    expect(findTool('chromium', system)).toEqual({ path: '/pw/chrome', source: 'playwright' });
  });

  it('Playwright’s own browser is used when there is no system Chromium, without installing anything', () => {
    const { system, calls } = fake({ working: ['/pw/chrome'], playwright: '/pw/chrome', isRoot: true, onPath: APT });
    expect(ensureTool('chromium', system)).toEqual({ path: '/pw/chrome', source: 'playwright' });
    expect(calls).toEqual([]);
  });
});

describe('installing Chromium', () => {
  it('as root with apt-get: Debian’s chromium package, then the installed binary', () => {
    const { system, calls } = fake({ isRoot: true, onPath: APT, aptGives: { chromium: '/usr/bin/chromium' } });
    expect(ensureTool('chromium', system)).toEqual({ path: '/usr/bin/chromium', source: 'system', installedBy: 'apt-get install chromium' });
    expect(calls).toEqual(['apt-get install chromium']);
  });

  it('without root: Playwright’s installer, and apt-get is not tried', () => {
    const { system, calls } = fake({ isRoot: false, onPath: APT, playwrightGives: '/pw/chrome' });
    expect(ensureTool('chromium', system)).toMatchObject({ path: '/pw/chrome', source: 'playwright' });
    expect(calls).toEqual(['playwright install']);
  });

  it('when the package is not to be had, Playwright’s installer is tried next', () => {
    const { system, calls } = fake({ isRoot: true, onPath: APT, playwrightGives: '/pw/chrome' });
    expect(ensureTool('chromium', system)).toMatchObject({ path: '/pw/chrome', installedBy: 'npx playwright install chromium' });
    expect(calls).toEqual(['apt-get install chromium', 'playwright install']);
  });

  it('when nothing works it stops with what it looked for, what failed and what to install', () => {
    const { system, calls } = fake({ isRoot: true, onPath: APT });
    const { error } = ensureTool('chromium', system);
    expect(calls).toEqual(['apt-get install chromium', 'playwright install']);
    expect(error).toContain('npm test needs Chromium');
    expect(error).toContain('Looked for: $CHROMIUM_PATH (unset), /usr/bin/chromium, /usr/bin/chromium-browser');
    expect(error).toContain('apt-get install chromium: E: Unable to locate package chromium');
    expect(error).toContain('npx playwright install chromium: getaddrinfo ENOTFOUND');
    expect(error).toContain('apt-get update && apt-get install -y chromium');
    expect(error).toContain('npx playwright install --with-deps chromium');
    expect(error).toContain('CHROMIUM_PATH');
  });

  it('says why apt-get was not used on a machine without it or without root', () => {
    expect(ensureTool('chromium', fake({ isRoot: true }).system).error).toContain('apt-get install chromium: no apt-get on this machine');
    expect(ensureTool('chromium', fake({ isRoot: false, onPath: APT }).system).error).toContain('apt-get install chromium: needs root');
  });
});

describe('nginx', () => {
  it('NGINX_PATH, then nginx on PATH, then /usr/sbin/nginx', () => {
    const all = { working: ['/opt/nginx/sbin/nginx', '/usr/local/bin/nginx', '/usr/sbin/nginx'], onPath: { nginx: '/usr/local/bin/nginx' } };
    expect(findTool('nginx', fake({ ...all, env: { NGINX_PATH: '/opt/nginx/sbin/nginx' } }).system).path).toBe('/opt/nginx/sbin/nginx');
    expect(findTool('nginx', fake(all).system).path).toBe('/usr/local/bin/nginx');
    // /usr/sbin is often missing from an ordinary user's PATH.
    expect(findTool('nginx', fake({ working: ['/usr/sbin/nginx'] }).system).path).toBe('/usr/sbin/nginx');
  });

  it('is installed from Debian’s package as root, and never through Playwright', () => {
    const { system, calls } = fake({ isRoot: true, onPath: APT, aptGives: { nginx: '/usr/sbin/nginx' } });
    expect(ensureTool('nginx', system)).toMatchObject({ path: '/usr/sbin/nginx', installedBy: 'apt-get install nginx' });
    expect(calls).toEqual(['apt-get install nginx']);
  });

  it('without a way to install it, stops at once with what to install', () => {
    const { system, calls } = fake({ isRoot: false });
    const { error } = ensureTool('nginx', system);
    expect(calls).toEqual([]);
    expect(error).toContain('npm test needs nginx');
    expect(error).toContain('Looked for: $NGINX_PATH (unset), nginx on PATH, /usr/sbin/nginx');
    expect(error).toContain('apt-get update && apt-get install -y nginx');
    expect(error).toContain('NGINX_PATH');
  });
});

describe('launch options', () => {
  const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

  it('launch the binary the ensure step recorded, with the common flags', () => {
    const chosen = chosenChromium({ env: {}, record: { chromium: { path: '/usr/bin/chromium', source: 'system' } }, exists: () => true });
    expect(launchOptionsFor(chosen)).toEqual({ executablePath: '/usr/bin/chromium', args: flags });
  });

  it('leave Playwright’s own browser to Playwright', () => {
    expect(launchOptionsFor({ path: '/pw/chrome', source: 'playwright' })).toEqual({ args: flags });
    const nothing = chosenChromium({ env: {}, record: {}, exists: () => false, find: () => ({ path: undefined }) });
    expect(launchOptionsFor(nothing)).toEqual({ args: flags });
  });

  it('an explicit CHROMIUM_PATH wins over the record; a recorded binary that has gone is looked for again', () => {
    const record = { chromium: { path: '/gone/chrome', source: 'system' } };
    expect(chosenChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, record, exists: () => true })).toEqual({ path: '/opt/chrome', source: 'env' });
    const found = chosenChromium({ env: {}, record, exists: (p: string) => p !== '/gone/chrome', find: () => ({ path: '/usr/bin/chromium', source: 'system' }) });
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'system' });
  });
});
