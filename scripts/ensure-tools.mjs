/**
 * Makes sure the programs the end-to-end tests need are on this machine before they run: finds
 * Chromium and nginx, installs them where it can (Debian's packages as root, Playwright's browser
 * download elsewhere), and otherwise stops at once saying exactly what to install. Records what it
 * found for scripts/browser.mjs and scripts/nginx-server.mjs.
 * Usage: node scripts/ensure-tools.mjs [chromium] [nginx]     (default: both)
 */
import { spawnSync } from 'node:child_process';
import { ensureTool, readRecord, realSystem, TOOLS, writeRecord } from './tools.mjs';

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(TOOLS);
const unknown = names.filter((n) => !(n in TOOLS));
if (unknown.length > 0) {
  console.error(`Unknown tool: ${unknown.join(', ')}. Known: ${Object.keys(TOOLS).join(', ')}.`);
  process.exit(2);
}

const system = realSystem();
const record = readRecord();
const failures = [];
for (const name of names) {
  const result = ensureTool(name, system);
  if (result.error) {
    failures.push(result.error);
    delete record[name];
    continue;
  }
  record[name] = { path: result.path, source: result.source };
  const how = result.installedBy ? `, installed with ${result.installedBy}` : '';
  console.log(`${TOOLS[name].label}: ${result.path} (${result.source}${how})`);
}
writeRecord(record);

// Optional: gofmt syntax-checks the Go code samples. Without it those checks are skipped, not failed,
// so an install that cannot happen here is only reported.
if (wanted.length === 0 && !system.which('gofmt')) {
  if (system.which('apt-get') && system.isRoot) {
    console.log("gofmt: not found; installing Debian's golang-go for the Go sample checks");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = ['update -qq', 'install -y -qq golang-go'].every(
      (args) => spawnSync('apt-get', args.split(' '), { stdio: 'ignore', env }).status === 0,
    );
    console.log(ok ? 'gofmt: installed' : 'gofmt: could not be installed; the Go sample checks will be skipped');
  } else {
    console.log('gofmt: not found; the Go sample checks will be skipped (install Go to run them)');
  }
}

if (failures.length > 0) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
