import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

/**
 * Two servers over the same dist/: the local Node server (scripts/serve.mjs) for the main suite,
 * and a real nginx with the generated dist.nginx.conf (scripts/nginx-server.mjs) for tests/nginx.
 *
 * Each server listens on a free port, picked once here (E2E_PORT and E2E_NGINX_PORT override), so
 * a server another checkout left running is never mistaken for this one. Workers load this file
 * again and inherit the choice through the environment.
 */
function freePort(): string {
  const script = "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });";
  return execFileSync(process.execPath, ['-e', script]).toString().trim();
}
process.env['E2E_PORT'] ??= freePort();
process.env['E2E_NGINX_PORT'] ??= freePort();
const port = Number(process.env['E2E_PORT']);
const nginxPort = Number(process.env['E2E_NGINX_PORT']);

export default defineConfig({
  // Two cores often shared with other work: a first search or an axe pass can take several seconds
  // there, so waits are generous. A passing run is no slower for it.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}`, launchOptions },
    },
    {
      name: 'nginx',
      testDir: 'tests/nginx',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${nginxPort}`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist`,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/nginx-server.mjs dist`,
      env: { PORT: String(nginxPort) },
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      // Lets the script stop nginx and remove its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
