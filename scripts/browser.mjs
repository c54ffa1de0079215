/**
 * How every tool in this repo launches Chromium: the system browser when there is one (CHROMIUM_PATH,
 * then /usr/bin/chromium), otherwise the browser Playwright installed for itself.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const systemChromium = candidates.find((p) => p && existsSync(p));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchOptions = systemChromium ? { executablePath: systemChromium, args: chromiumArgs } : { args: chromiumArgs };
