/**
 * Every code sample on the site does what its page says (content/README.md, "Runnable samples").
 * JavaScript runs for real against a local `ws` server or client playing the page's scenario, in
 * Chromium or in Node; Python and Go are syntax-checked. `npx vitest run tests/unit/samples -t 1006`
 * runs one page's samples.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { launchOptions } from '../../scripts/browser.mjs';
import { readMarking, readSamples, type Case, type Sample } from '../support/samples';
import { hasOpenssl, splitScenario, startServer } from '../support/sample-scenarios';
import WebSocket from 'ws';
import { PagePool, runBrowser, runNode, type RunResult } from '../support/sample-run';

const samples = readSamples();
const runs = (run: string) => samples.filter((s) => s.marking?.run === run);
const cases = (run: string) =>
  runs(run).flatMap((s) => s.marking!.cases.map((c) => [`${s.id} ${c.scenario} → ${c.expect}`, s, c] as const));

function has(command: string, input: string): boolean {
  return spawnSync(command, [], { input, stdio: ['pipe', 'ignore', 'ignore'] }).status === 0;
}
const python = has('python3', 'pass\n');
const go = has('gofmt', 'package p\n');
const openssl = hasOpenssl();
for (const [ok, what] of [
  [python, 'python3 is not installed: Python samples are not syntax-checked'],
  [go, 'Go (gofmt) is not installed: Go samples are not syntax-checked (apt-get install golang-go)'],
  [openssl, 'openssl is not installed: the tls:private-ca sample does not run'],
] as const) {
  if (!ok) console.warn(`samples.test.ts: SKIPPED: ${what}`);
}

describe('sample markings', () => {
  it('every JavaScript, TypeScript, Python and Go block carries a marking that reads', () => {
    const problems = samples.filter((s) => s.problems.length).map((s) => `${s.file}:${s.line} (${s.id}): ${s.problems.join('; ')}`);
    expect(problems).toEqual([]);
  });

  it('finds the blocks through the Markdown tree, with their language and info string', () => {
    const first = samples.find((s) => s.id === '1006.md#2');
    expect(first?.lang).toBe('js');
    expect(first?.marking?.run).toBe('node');
    expect(samples.filter((s) => s.marking).length).toBeGreaterThanOrEqual(50);
  });

  it('reads a marking and reports what is wrong with one', () => {
    expect(readMarking('js', 'run=browser scenario=close:1000,drop expect=1000,1006 reconnect=no,yes call="connect(url)"')).toEqual({
      marking: {
        run: 'browser',
        cases: [
          { scenario: 'close:1000', expect: 1000, reconnect: 'no' },
          { scenario: 'drop', expect: 1006, reconnect: 'yes' },
        ],
        call: 'connect(url)',
        prints: undefined,
      },
      problems: [],
    });
    expect(readMarking('python', 'run=none reason="needs a TLS server"').marking?.reason).toBe('needs a TLS server');
    const problems = (lang: string, meta: string) => readMarking(lang, meta).problems.join('; ');
    expect(problems('js', '')).toMatch(/unmarked js block/);
    expect(problems('go', 'run=browser')).toMatch(/does not fit a go block/);
    expect(problems('js', 'run=node scenario=echo')).toMatch(/needs expect=/);
    expect(problems('js', 'run=node scenario=echo,drop expect=1000')).toMatch(/one close code per scenario/);
    expect(problems('js', 'run=node scenario=bogus expect=1000')).toMatch(/unknown scenario "bogus"/);
    expect(problems('js', 'run=browser scenario=sigterm expect=1001')).toMatch(/run=node only/);
    expect(problems('js', 'run=node scenario=close expect=1000')).toMatch(/argument must match/);
    expect(problems('js', 'run=node scenario=echo expect=999')).toMatch(/not a close code/);
    expect(problems('js', 'run=none')).toMatch(/needs reason=/);
    expect(problems('js', 'run=node scenario=echo expect=1000 colour=red')).toMatch(/unknown key "colour"/);
    expect(problems('js', 'run=node scenario=echo expect=1000 reconnect=yes')).toMatch(/only checked with run=browser/);
    expect(problems('nginx', 'run=none reason="x"')).toMatch(/not run/);
    expect(problems('nginx', '')).toBe('');
  });
});

describe('Python samples (syntax only)', () => {
  const blocks = runs('python-syntax');
  it.skipIf(!python)(`python3 ast.parse accepts all ${blocks.length}`, () => {
    const script = [
      'import ast, json, sys',
      'for b in json.load(sys.stdin):',
      '    try:',
      '        ast.parse(b["code"], filename=b["id"])',
      '    except SyntaxError as e:',
      '        print(f\'{b["id"]} line {e.lineno}: {e.msg}\')',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], {
      input: JSON.stringify(blocks.map((b) => ({ id: b.id, code: b.code }))),
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').filter(Boolean)).toEqual([]);
  });
});

describe('Go samples (syntax and format only)', () => {
  it.skipIf(!go).each(runs('go-syntax').map((s) => [s.id, s] as const))('%s: gofmt -e accepts it unchanged', (_id, s: Sample) => {
    // From standard input gofmt also takes fragments: a list of declarations or of statements.
    const r = spawnSync('gofmt', ['-e'], { input: `${s.code}\n`, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${s.code}\n`);
  });
});

/** What every run must show: the marked close code, and the reconnects and output the marking names. */
function check(s: Sample, c: Case, r: RunResult): void {
  expect(r.errors, r.output).toEqual([]);
  expect(r.close?.code, `close code (reason "${r.close?.reason ?? ''}")\n${r.output}`).toBe(c.expect);
  // A client that sent the code: the scenario server must have received that code too.
  if (['echo', 'no-deflate'].includes(splitScenario(c.scenario).kind)) expect(r.serverClose?.code, 'code the server received').toBe(c.expect);
  if (s.marking?.prints) expect(r.output).toContain(s.marking.prints);
  if (c.scenario === 'sigterm') expect(r.exitCode, `exit code of the sample's process\n${r.output}`).toBe(0);
  if (c.reconnect === 'yes') expect(r.reconnects, 'reconnects after the close').toBeGreaterThan(0);
  if (c.reconnect === 'no') expect(r.reconnects, 'reconnects after the close').toBe(0);
  if (typeof c.reconnect === 'number') expect(r.reconnects, 'reconnects before giving up').toBe(c.reconnect);
  if (c.reconnect === 'backoff') {
    expect(r.reconnects, 'reconnects after repeated closes').toBeGreaterThanOrEqual(3);
    const [a = 0, b = 0, d = 0] = r.delays ?? [];
    expect(a < b && b < d, `each delay longer than the last: ${JSON.stringify(r.delays)}`).toBe(true);
  }
}

describe.concurrent('Node samples against a real ws peer', () => {
  const needsOpenssl = ([, , c]: (typeof nodeCases)[number]) => splitScenario(c.scenario).kind === 'tls';
  const nodeCases = cases('node');
  it.each(nodeCases.filter((x) => openssl || !needsOpenssl(x)))('%s', { timeout: 30_000 }, async (_name, s, c) => {
    check(s, c, await runNode(s, c));
  });
  it.skip.each(nodeCases.filter((x) => !openssl && needsOpenssl(x)))('%s (skipped: openssl is not installed)', () => {});
});

describe.concurrent('browser samples in Chromium against a real ws server', () => {
  let browser: Browser;
  let pool: PagePool;
  beforeAll(async () => {
    browser = await chromium.launch(launchOptions);
    pool = new PagePool(browser);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases('browser'))('%s', { timeout: 30_000 }, async (_name, s, c) => {
    check(s, c, await runBrowser(pool, s, c));
  });

  // Controls: samples that do not do what their marking says must fail the same checks.
  it('a client that reconnects where its marking says it stays closed fails', { timeout: 30_000 }, async () => {
    const s = fake('js', 'run=browser scenario=close:1000 expect=1000 reconnect=no', [
      "const ws = new WebSocket('wss://example.com/live');",
      "ws.addEventListener('close', () => setTimeout(() => new WebSocket('wss://example.com/live'), 5000));",
    ]);
    const r = await runBrowser(pool, s, s.marking!.cases[0]!);
    expect(() => check(s, s.marking!.cases[0]!, r)).toThrow(/reconnects after the close/);
  });
});

describe('scenario servers do what content/README.md says', () => {
  const seen = (scenario: string) =>
    new Promise<{ code: number; status?: number }>((resolve, reject) => {
      void startServer(scenario).then((server) => {
        const ws = new WebSocket(server.wsUrl);
        let status: number | undefined;
        ws.on('unexpected-response', (_req, res) => {
          status = res.statusCode;
          ws.terminate();
        });
        ws.on('error', () => {});
        ws.on('open', () => server.go());
        ws.on('close', (code) => void server.stop().then(() => resolve({ code, ...(status && { status }) })));
        setTimeout(() => reject(new Error(`${scenario}: no close`)), 5000);
      });
    });
  it.each([
    ['close:1012', { code: 1012 }],
    ['close:none', { code: 1005 }],
    ['drop', { code: 1006 }],
    ['refuse:403', { code: 1006, status: 403 }],
  ])('%s', async (scenario, expected) => {
    expect(await seen(scenario)).toEqual(expected);
  });
});

describe('the checks catch a sample that does not do what it claims', () => {
  it('a server that closes without the code its marking names fails', { timeout: 30_000 }, async () => {
    const s = fake('js', 'run=node scenario=sigterm expect=1012', [
      "import { WebSocketServer } from 'ws';",
      'const wss = new WebSocketServer({ port: 8080 });',
      "process.on('SIGTERM', () => { for (const c of wss.clients) c.close(); process.exit(0); });",
    ]);
    const r = await runNode(s, s.marking!.cases[0]!);
    expect(r.close?.code).toBe(1005);
    expect(() => check(s, s.marking!.cases[0]!, r)).toThrow(/close code/);
  });
});

function fake(lang: string, meta: string, lines: string[]): Sample {
  const { marking, problems } = readMarking(lang, meta);
  expect(problems).toEqual([]);
  return { id: 'control', file: 'control', index: 1, line: 1, lang, meta, heading: '', code: lines.join('\n'), marking, problems };
}
