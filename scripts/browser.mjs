/**
 * How every tool in this repo launches Chromium. The binary is the one scripts/ensure-tools.mjs
 * found (`npm test` runs it first): CHROMIUM_PATH, then the system's Chromium, then Playwright's own
 * browser. Without a record it looks the same way, installing nothing, and otherwise leaves the
 * choice to Playwright, which uses its own downloaded browser.
 */
import { existsSync } from 'node:fs';
import { findTool, readRecord, realSystem } from './tools.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to launch: `{ path, source }` or undefined. An explicit CHROMIUM_PATH wins over the
 * record, so changing it takes effect without running ensure-tools again.
 * @param {{
 *   env?: Record<string, string | undefined>,
 *   record?: { chromium?: { path?: string | undefined, source?: string | undefined } },
 *   exists?: (path: string) => boolean,
 *   find?: () => { path?: string | undefined, source?: string | undefined },
 * }} [options]
 * @returns {{ path: string, source?: string } | undefined}
 */
export function chosenChromium({ env = process.env, record = readRecord(), exists = existsSync, find } = {}) {
  if (env.CHROMIUM_PATH && exists(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'env' };
  const recorded = record.chromium;
  if (recorded?.path && exists(recorded.path)) return { path: recorded.path, source: recorded.source };
  const found = (find ?? (() => findTool('chromium', realSystem())))();
  return found.path ? { path: found.path, source: found.source } : undefined;
}

/**
 * Playwright launch options: an explicit binary unless it is Playwright's own browser.
 * @param {{ path: string, source?: string } | undefined} chosen
 */
export function launchOptionsFor(chosen) {
  if (!chosen || chosen.source === 'playwright') return { args: chromiumArgs };
  return { executablePath: chosen.path, args: chromiumArgs };
}

const chosen = chosenChromium();

/** The binary's path for tools that launch Chromium themselves (Lighthouse), if one was found. */
export const chromiumPath = chosen?.path;

export const launchOptions = launchOptionsFor(chosen);
