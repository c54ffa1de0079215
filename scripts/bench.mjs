/**
 * How build cost grows with the number of codes, with the real pipeline (pages, comparisons, search
 * index) on synthetic but valid content. Every pair of registered codes gets a comparison page (so N
 * registered codes cost N(N-1) pages); family codes get pages for pairs within their family, related
 * codes and shared numbers only, so families grow the site linearly. 10,000 per-number pages are fixed.
 *
 * Usage: node scripts/bench.mjs [CASE ...] [--keep]
 *   CASE is N (N registered codes) or N+FxC (N registered codes and F families of C codes each).
 *   Default: 20 100 200 20+30x15 20+32x15
 * Prints a Markdown table: the real site first, then one row per case.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const FIRST_CODE = 1000;
const HIGHEST_CODE = 4999;
/** RFC 6455 §7.4.1: the schema rejects these unless they are marked as never sent. */
const NEVER_ON_THE_WIRE = new Set([1005, 1006, 1015]);
const TARGETS = { realSeconds: 30, realMemoryMB: 1024, n: 100, nSeconds: 60, nMemoryMB: 1024, total: 500, totalSeconds: 90 };
/** Synthetic families share numbers in groups, as real ones crowd 4000–4014. */
const FAMILY_GROUP = 5;

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const specs = args.filter((a) => !a.startsWith('--'));
function parseCase(spec) {
  const match = /^(\d+)(?:\+(\d+)x(\d+))?$/.exec(spec);
  const n = Number(match?.[1]);
  const families = Number(match?.[2] ?? 0);
  const perFamily = Number(match?.[3] ?? 0);
  if (!match || n < 2 || FIRST_CODE + n - 1 > 2999 || perFamily > 60 || families > 60) {
    console.error(`a case is N or N+FxC (2 ≤ N ≤ 2000, F ≤ 60, C ≤ 60): got ${spec}`);
    process.exit(2);
  }
  return { spec, n, families, perFamily, total: n + families * perFamily };
}
const cases = (specs.length > 0 ? specs : ['20', '100', '200', '20+30x15', '20+32x15']).map(parseCase);

// ---------------------------------------------------------------------------------------------
// Synthetic content. Deterministic, so two runs build byte-identical sites and compare fairly.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const LIBRARIES = [
  ['gorilla/websocket', 'Go', 'https://github.com/gorilla/websocket/blob/v1.0.0/conn.go'],
  ['ws (Node.js)', 'JavaScript', 'https://github.com/websockets/ws/blob/v1.0.0/lib/receiver.js'],
  ['websockets (python-websockets)', 'Python', 'https://github.com/python-websockets/websockets/blob/v1.0.0/src/websockets/frames.py'],
  ['tungstenite', 'Rust', 'https://github.com/snapview/tungstenite-rs/blob/v1.0.0/src/protocol/frame/coding.rs'],
  ['Spring Framework (spring-websocket)', 'Java', 'https://github.com/spring-projects/spring-framework/blob/v1.0.0/spring-websocket/src/main/java/org/springframework/web/socket/CloseStatus.java'],
  ['.NET System.Net.WebSockets', 'C#', 'https://github.com/dotnet/runtime/blob/v1.0.0/src/libraries/System.Net.WebSockets/src/System/Net/WebSockets/WebSocketCloseStatus.cs'],
  ['Ktor', 'Kotlin', 'https://github.com/ktorio/ktor/blob/v1.0.0/ktor-shared/ktor-websockets/common/src/io/ktor/websocket/CloseReason.kt'],
];
const NOUNS = ['the proxy', 'the load balancer', 'the upstream service', 'the browser', 'the gateway', 'the broker', 'the worker pool'];
const SETTINGS = ['idle_timeout', 'proxy_read_timeout', 'maxPayload', 'ping_interval', 'max_message_size', 'handshake_timeout', 'backlog'];
const VERBS = ['drops', 'rejects', 'buffers', 'times out', 'resets', 'throttles', 'rewrites'];

function sentence(rand, code) {
  const forms = [
    () => `When ${pick(rand, NOUNS)} ${pick(rand, VERBS)} the connection, the client logs ${code} and the application sees a close event with no reason text.`,
    () => `Check the value of ${pick(rand, SETTINGS)} on ${pick(rand, NOUNS)} first: a limit lower than the application expects is the most common cause of ${code} in production.`,
    () => `In a capture, the Close frame carrying ${code} arrives after ${Math.floor(rand() * 90) + 10} seconds of silence, which points at a timer rather than at the payload.`,
    () => `Libraries differ in what they report here: some surface ${code} as an exception, others as a close event, and a few only in debug logs.`,
    () => `If ${pick(rand, NOUNS)} ${pick(rand, VERBS)} frames larger than ${2 ** (Math.floor(rand() * 8) + 10)} bytes, raise ${pick(rand, SETTINGS)} or split the message before sending it.`,
    () => `Reconnecting immediately rarely helps with ${code}; record the reason text, the time and the peer address so the pattern shows across many closes.`,
  ];
  return pick(rand, forms)();
}

function paragraph(rand, code, sentences = 4) {
  return Array.from({ length: sentences }, () => sentence(rand, code)).join(' ');
}

function codeFile(code, all) {
  const rand = rng(code);
  const reportedOnly = NEVER_ON_THE_WIRE.has(code);
  const index = all.indexOf(code);
  // Two neighbours as related codes so related-code links and key differences are exercised.
  const related = [all[(index + 1) % all.length], all[(index + all.length - 1) % all.length]]
    .filter((c, i, list) => c !== code && list.indexOf(c) === i)
    .map((c) => ({ code: c, difference: `Code ${c} is sent for a different cause than ${code}, so the fix differs too.` }));
  const libraries = [0, 1, 2].map((i) => LIBRARIES[(code + i) % LIBRARIES.length]);
  const yaml = (value) => JSON.stringify(value); // JSON strings are valid YAML scalars, quoting included.
  const front = [
    '---',
    `code: ${code}`,
    `name: ${yaml(`Bench Close ${code}`)}`,
    `summary: ${yaml(`WebSocket close code ${code} Bench Close ${code}: a synthetic code the benchmark generates to measure how the build scales.`)}`,
    'definedIn:',
    '  document: RFC 6455',
    '  section: "§7.4.1"',
    '  url: https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    `allowedInCloseFrame: ${!reportedOnly}`,
    `sentBy: ${reportedOnly ? 'neither' : pick(rand, ['client', 'server', 'either'])}`,
    `sendWhen: ${yaml(`When an endpoint meets the synthetic condition that close code ${code} stands for in this benchmark.`)}`,
    `reconnect: ${pick(rand, ['do-not-retry', 'retry-after-fix', 'retry-with-backoff', 'retry-soon'])}`,
    `reconnectNote: ${yaml(`Reconnect only after the cause of ${code} is understood; otherwise the next attempt closes the same way.`)}`,
    'constants:',
    ...libraries.flatMap(([library, language, source]) => [
      `  - library: ${yaml(library)}`,
      `    language: ${yaml(language)}`,
      `    identifier: ${yaml(`CloseCode.BENCH_${code}`)}`,
      `    source: ${source}`,
    ]),
    'errorTexts:',
    ...libraries.slice(0, 2).flatMap(([library, , source]) => [
      `  - text: ${yaml(`websocket: close ${code} (bench close ${code})`)}`,
      `    library: ${yaml(library)}`,
      `    source: ${source}`,
    ]),
    'related:',
    ...related.flatMap((r) => [`  - code: ${r.code}`, `    difference: ${yaml(r.difference)}`]),
    'checked: "2026-11-30"',
    'sources:',
    '  - title: RFC 6455 §7.4.1 Defined Status Codes',
    '    url: https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1',
    '  - title: IANA WebSocket Close Code Number Registry',
    '    url: https://www.iana.org/assignments/websocket/websocket.xhtml',
    '---',
  ];
  const body = [
    '## Description',
    paragraph(rand, code, 5),
    paragraph(rand, code, 4),
    '## When You See It',
    '### Behind a proxy',
    paragraph(rand, code, 5),
    '### In the browser',
    paragraph(rand, code, 4),
    '## How to Fix',
    paragraph(rand, code, 5),
    '```js',
    "const socket = new WebSocket('wss://example.org/live');",
    "socket.addEventListener('close', (event) => {",
    `  if (event.code === ${code}) {`,
    "    console.warn('closed:', event.code, event.reason);",
    '    scheduleReconnect({ initialDelayMs: 1000, maxDelayMs: 30000 });',
    '  }',
    '});',
    '```',
    paragraph(rand, code, 4),
  ];
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** A synthetic family: C codes from a base number that FAMILY_GROUP families share. */
function familyFiles(dir, index, perFamily) {
  const slug = `bench-family-${index}`;
  const base = 3000 + Math.floor(index / FAMILY_GROUP) * 100;
  const codes = Array.from({ length: perFamily }, (_, j) => base + j);
  const yaml = (value) => JSON.stringify(value);
  const source = `https://github.com/example/${slug}/blob/v1.0.0/src/close-codes.ts`;
  writeFileSync(
    join(dir, 'families', `${slug}.md`),
    [
      '---',
      `name: ${yaml(`Bench Family ${index}`)}`,
      `summary: ${yaml('A synthetic application the benchmark generates to measure how families scale.')}`,
      'docs: https://example.org/docs',
      'definedBy:',
      `  title: ${yaml(`${slug} close codes`)}`,
      `  url: ${source}`,
      `identify: ${yaml(`A connection to wss://${slug}.example.org with the ${slug} subprotocol.`)}`,
      `reconnect: ${yaml('The synthetic documentation says to reconnect with backoff after any code.')}`,
      'ranges:',
      `  - from: ${base}`,
      `    to: ${base + 99}`,
      `    meaning: ${yaml('Synthetic codes.')}`,
      'checked: "2026-11-30"',
      'sources:',
      `  - title: ${yaml(`${slug} close codes`)}`,
      `    url: ${source}`,
      '---',
      '',
      paragraph(rng(index * 13 + 1), base, 3),
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'codes', slug), { recursive: true });
  codes.forEach((code, j) => {
    const rand = rng(index * 1000 + j);
    const related = [codes[(j + 1) % codes.length]].filter((c) => c !== code);
    writeFileSync(
      join(dir, 'codes', slug, `${code}.md`),
      [
        '---',
        `code: ${code}`,
        `name: ${yaml(`BENCH_${index}_${j}`)}`,
        `summary: ${yaml(`A synthetic code of bench family ${index} that the benchmark generates to measure scale.`)}`,
        'definedIn:',
        `  document: ${yaml(`Bench Family ${index}`)}`,
        '  section: "close-codes.ts"',
        `  url: ${source}`,
        `sentBy: ${pick(rand, ['client', 'server', 'either'])}`,
        `sendWhen: ${yaml(`When the synthetic server meets the condition that ${code} stands for in bench family ${index}.`)}`,
        `reconnect: ${pick(rand, ['do-not-retry', 'retry-after-fix', 'retry-with-backoff', 'retry-soon'])}`,
        'constants:',
        `  - library: ${yaml(slug)}`,
        '    language: "TypeScript"',
        `    identifier: ${yaml(`CloseCode.BENCH_${j}`)}`,
        `    source: ${source}`,
        'related:',
        ...related.flatMap((c) => [`  - code: ${c}`, `    family: ${slug}`, `    difference: ${yaml(`Code ${c} has another synthetic cause.`)}`]),
        'checked: "2026-11-30"',
        'sources:',
        `  - title: ${yaml(`${slug} close codes`)}`,
        `    url: ${source}`,
        '---',
        '',
        '## Description',
        '',
        paragraph(rand, code, 3),
        '',
        '## When You See It',
        '',
        paragraph(rand, code, 3),
        '',
        '## How to Fix',
        '',
        paragraph(rand, code, 3),
        '',
      ].join('\n'),
    );
  });
}

function writeContent(dir, { n, families, perFamily }) {
  const all = Array.from({ length: n }, (_, i) => FIRST_CODE + i);
  mkdirSync(join(dir, 'codes'), { recursive: true });
  mkdirSync(join(dir, 'comparisons'), { recursive: true });
  mkdirSync(join(dir, 'families'), { recursive: true });
  for (const code of all) writeFileSync(join(dir, 'codes', `${code}.md`), codeFile(code, all));
  for (let f = 0; f < families; f++) familyFiles(dir, f, perFamily);
  // About one hand-written note per two codes, as on the real site, so note rendering is in the cost.
  for (let i = 0; i + 1 < all.length; i += 2) {
    const [a, b] = [all[i], all[i + 1]];
    writeFileSync(
      join(dir, 'comparisons', `${a}-vs-${b}.md`),
      `---\nsources: []\n---\n\n${paragraph(rng(a * 7), a, 3)}\n\n${paragraph(rng(b * 7), b, 3)}\n`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring one build.

/** The build in progress, stopped with the benchmark if it is interrupted. */
let running;

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Current RSS (kB) summed over a process and all its descendants; 0 once it is gone. */
function treeRssKB(rootPid) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may contain spaces, so read the fields after its closing paren.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]);
    } catch {
      // Gone already.
    }
  }
  return total;
}

/**
 * Runs one build and returns wall time and peak memory. GNU time's %M is exact but covers the
 * largest single process only; the polled sum covers the whole tree (npx, astro, the Pagefind
 * binary) but can miss a spike between samples. The peak reported is the larger of the two.
 */
function build(outDir, contentDir, workDir) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  const timeFile = join(workDir, 'time.txt');
  const command = ['npx', 'astro', 'build', '--outDir', outDir];
  const [file, ...argv] = GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...command] : command;

  return new Promise((done, fail) => {
    const started = performance.now();
    // Its own process group, so an interrupted benchmark can stop the whole build tree at once.
    const child = spawn(file, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running = child;
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let polledKB = 0;
    const poll = setInterval(() => (polledKB = Math.max(polledKB, treeRssKB(child.pid))), 100);
    child.on('error', fail);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(poll);
      running = undefined;
      const timedKB = GNU_TIME && existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) || 0 : 0;
      done({ status, output, seconds, peakMB: Math.max(polledKB, timedKB) / 1024 });
    });
  });
}

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

function measureOutput(outDir) {
  const files = walk(outDir);
  const bytes = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const indexDir = join(outDir, 'pagefind');
  return {
    pages: files.filter((f) => f.endsWith('.html')).length,
    outputMB: bytes(files) / 1e6,
    indexKB: existsSync(indexDir) ? bytes(walk(indexDir)) / 1e3 : 0,
  };
}

/** The build lists every one of its 10,000+ routes; without them the error is readable. */
function buildLog(output, lines = 120) {
  const kept = output.split('\n').filter((line) => !/^\S*\s+[├└]─ \//.test(line));
  return kept.slice(-lines).join('\n');
}

/** astro.config.mjs gives each CONTENT_DIR its own content cache; ours are throwaway. */
function contentCacheOf(contentDir) {
  return join(ROOT, 'node_modules/.astro', `content-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`);
}

// ---------------------------------------------------------------------------------------------

// Builds are CPU-bound: times taken while other work runs are inflated, so the output says so.
const loadAtStart = loadavg()[0];
const workRoot = mkdtempSync(join(tmpdir(), 'wscc-bench-'));
const caches = [];
const rows = [];
let failed = false;

function cleanUp() {
  if (keep) {
    console.error(`kept ${workRoot} and content caches ${caches.join(', ') || '(none)'}`);
    return;
  }
  for (const dir of [workRoot, ...caches]) rmSync(dir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running) process.kill(-running.pid, 'SIGTERM');
    cleanUp();
    process.exit(130);
  });
}

async function run(label, shape, contentDir) {
  const workDir = join(workRoot, label.replace(/\W+/g, '-'));
  mkdirSync(workDir, { recursive: true });
  const outDir = join(workDir, 'out');
  process.stderr.write(`building ${label} … `);
  const result = await build(outDir, contentDir, workDir);
  if (result.status !== 0) {
    process.stderr.write(`FAILED (exit ${result.status})\n`);
    console.error(buildLog(result.output));
    failed = true;
    return;
  }
  const output = measureOutput(outDir);
  process.stderr.write(`${result.seconds.toFixed(1)} s\n`);
  rows.push({ label, ...shape, ...result, ...output });
}

try {
  const codesDir = join(ROOT, 'content/codes');
  const realRegistered = readdirSync(codesDir).filter((f) => /\.mdx?$/.test(f)).length;
  const realFamilies = readdirSync(join(ROOT, 'content/families')).filter((f) => /\.mdx?$/.test(f)).length;
  const realFamilyCodes = readdirSync(codesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .reduce((sum, d) => sum + readdirSync(join(codesDir, d.name)).filter((f) => /\.mdx?$/.test(f)).length, 0);
  await run(`real (${realRegistered} + ${realFamilies} families, ${realFamilyCodes} codes)`, { n: realRegistered, families: realFamilies, total: realRegistered + realFamilyCodes, real: true });
  for (const c of cases) {
    if (failed) break;
    const contentDir = join(workRoot, `content-${c.spec.replace(/\W+/g, '-')}`);
    writeContent(contentDir, c);
    caches.push(contentCacheOf(contentDir));
    const label = c.families ? `${c.n} + ${c.families} families × ${c.perFamily} (${c.total} codes)` : `N = ${c.n}`;
    await run(label, c, contentDir);
  }
} finally {
  cleanUp();
}

const fmt = (x, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
console.log('\n| build | codes | pages | wall time (s) | ms per page | peak memory (MB) | output (MB) | index (KB) |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.total.toLocaleString('en-US')} | ${r.pages.toLocaleString('en-US')} | ${fmt(r.seconds)} | ${fmt((r.seconds * 1000) / r.pages, 2)} | ${fmt(r.peakMB, 0)} | ${fmt(r.outputMB)} | ${fmt(r.indexKB, 0)} |`,
  );
}

// Pages are N(N-1) comparison pages (each pair plus its reversed redirect) on top of a fixed set,
// so a least-squares line of time against N(N-1) separates the fixed cost from the per-pair cost.
// The real site's pages are longer than synthetic ones, so only synthetic builds are fitted.
const fitted = rows.filter((r) => !r.real && !r.families);
if (fitted.length < 2) {
  console.log('\nGrowth: give at least two values of N to fit how time grows with N(N-1).');
} else {
  const points = fitted.map((r) => ({ x: r.n * (r.n - 1), t: r.seconds, m: r.peakMB }));
  const fit = (key) => {
    const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const my = points.reduce((s, p) => s + p[key], 0) / points.length;
    const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
    const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p[key] - my), 0) / sxx;
    return { slope, intercept: my - slope * mx };
  };
  const time = fit('t');
  const memory = fit('m');
  const fixed = fitted[0].pages - points[0].x;
  console.log(
    `\nGrowth: pages = N(N-1) comparison pages + ${fixed.toLocaleString('en-US')} fixed (10,000 per-number pages and the rest). ` +
      `Fit over ${fitted.length} builds: time ≈ ${fmt(time.intercept)} s + ${fmt(time.slope * 1000, 2)} ms × N(N-1), ` +
      `i.e. ${fmt(time.slope * 1000, 2)} ms per comparison page; memory ≈ ${fmt(memory.intercept, 0)} MB + ${fmt(memory.slope * 1000, 1)} MB per 1,000 comparison pages.`,
  );
}

const real = rows.find((r) => r.real);
const target = rows.find((r) => r.n === TARGETS.n && !r.real && !r.families);
const large = rows.find((r) => r.total >= TARGETS.total && r.families);
const familyRows = rows.filter((r) => r.families && !r.real);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log('\nTargets:');
if (real) {
  const ok = real.seconds < TARGETS.realSeconds && real.peakMB < TARGETS.realMemoryMB;
  console.log(`- real site under ${TARGETS.realSeconds} s and ${TARGETS.realMemoryMB} MB: ${fmt(real.seconds)} s, ${fmt(real.peakMB, 0)} MB, ${verdict(ok)}`);
}
if (large) {
  console.log(`- ${large.total} codes with families under ${TARGETS.totalSeconds} s: ${fmt(large.seconds)} s, ${verdict(large.seconds < TARGETS.totalSeconds)}`);
}
if (familyRows.length >= 2) {
  const [x, y] = familyRows;
  const perCode = (r) => (r.pages - 10_000) / r.total;
  console.log(`- pages beyond the fixed 10,000 per code: ${fmt(perCode(x), 1)} at ${x.total} codes, ${fmt(perCode(y), 1)} at ${y.total} codes (linear growth keeps this flat)`);
}
if (target) {
  const ok = target.seconds < TARGETS.nSeconds && target.peakMB < TARGETS.nMemoryMB;
  console.log(
    `- N = ${TARGETS.n} under ${TARGETS.nSeconds} s and ${TARGETS.nMemoryMB} MB: ${fmt(target.seconds)} s, ${fmt(target.peakMB, 0)} MB, ${verdict(ok)}`,
  );
} else {
  console.log(`- N = ${TARGETS.n} under ${TARGETS.nSeconds} s and ${TARGETS.nMemoryMB} MB: not measured in this run`);
}

const loadAtEnd = loadavg()[0];
console.log(
  `\nLoad average ${fmt(loadAtStart, 1)} at start, ${fmt(loadAtEnd, 1)} at end, on ${availableParallelism()} CPUs` +
    (loadAtStart > 1 ? ': other work was running before the benchmark began, so times may be inflated.' : '.'),
);

process.exit(failed ? 1 : 0);
