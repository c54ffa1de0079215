/**
 * Runs a marked sample against its scenario and reports what happened: the close code the client
 * end of the sample's connection saw, what the sample printed, and (in the browser) whether it
 * opened further connections. The assertions are in tests/unit/samples.test.ts.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Case, Sample } from './samples';
import {
  ERROR_MESSAGE,
  SAMPLE_TEXT,
  TIME_SCALE,
  payloadBytes,
  runClientScenario,
  scenarioKind,
  startServer,
  type ServerConnection,
} from './sample-scenarios';

/** Longest wait for any one thing (a close, a reconnect) before the run counts as failed. */
const TIMEOUT_MS = 8_000;
/** How long nothing may happen before "no (further) reconnect" is believed. */
const SETTLE_MS = 500;

export interface CloseSeen {
  code: number;
  reason: string;
}

export interface RunResult {
  /** The close the client end of the sample's connection reported. */
  close?: CloseSeen | undefined;
  /** The close the scenario server recorded for the sample's first connection, where there is one. */
  serverClose?: CloseSeen | undefined;
  /** Connections the sample opened after the first close, plus scheduleReconnect() calls. */
  reconnects?: number;
  /** reconnect=backoff: the delays (ms, before speeding up) the sample's setTimeout calls asked for. */
  delays?: number[];
  /** Everything the sample wrote to the console or to stdout/stderr. */
  output: string;
  /** Uncaught errors in the page, or the process's exit when it was not meant to exit. */
  errors: string[];
  /** sigterm scenario: the exit code of the sample's process. */
  exitCode?: number | null | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** A fragment that opens no connection of its own is handed an open one (content/README.md). */
export function given(sample: Sample): 'ws' | 'relay' | undefined {
  const code = `${sample.code}\n${sample.marking?.call ?? ''}`;
  if (/\bnew WebSocket(Server)?\b/.test(code)) return undefined;
  if (sample.marking?.run === 'node' && /\bupstream\b/.test(code)) return 'relay';
  return 'ws';
}

async function serverClose(conns: ServerConnection[]): Promise<CloseSeen | undefined> {
  try {
    return await until('the server to see the close', () => conns[0]?.closed, 2000);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Node.

const RUNNER = fileURLToPath(new URL('./sample-node/runner.mjs', import.meta.url));

interface ChildMessage {
  type: 'ready' | 'listening' | 'close';
  port?: number;
  role?: string;
  code?: number;
  reason?: string;
}

export async function runNode(sample: Sample, c: Case): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sample-'));
  const file = join(dir, 'sample.mjs');
  const call = sample.marking?.call;
  writeFileSync(file, `${sample.code}\n${call ? `${call};\n` : ''}`);
  const sampleIsClient = scenarioKind(c.scenario) === 'server';
  const server = sampleIsClient ? await startServer(c.scenario) : undefined;
  if (server?.ca) writeFileSync(join(dir, 'ca.pem'), server.ca);

  const child = fork(RUNNER, [], {
    cwd: dir,
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      SAMPLE_FILE: file,
      SAMPLE_URL: server?.wsUrl ?? '',
      SAMPLE_SCENARIO: c.scenario,
      SAMPLE_GIVEN: sampleIsClient ? (given(sample) ?? '') : '',
      SAMPLE_TIME_SCALE: String(TIME_SCALE),
      SAMPLE_ERROR_MESSAGE: ERROR_MESSAGE,
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const messages: ChildMessage[] = [];
  child.on('message', (m: ChildMessage) => messages.push(m));
  let exit: { code: number | null; signal: string | null } | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    }),
  );
  const waitFor = (what: string, pick: (m: ChildMessage) => boolean) =>
    until(what, () => {
      const found = messages.find(pick);
      if (found) return found;
      if (exit) throw new Error(`the sample's process exited (${exit.code ?? exit.signal}) before ${what}:\n${output}`);
      return undefined;
    });

  const result: RunResult = { output: '', errors: [] };
  try {
    if (server) {
      await waitFor('the sample to load', (m) => m.type === 'ready');
      server.go();
      const seen = await waitFor('a close on the client end', (m) => m.type === 'close' && m.role === 'client');
      result.close = { code: seen.code!, reason: seen.reason! };
      result.serverClose = await serverClose(server.connections);
    } else {
      const { port } = await waitFor("the sample's server to listen", (m) => m.type === 'listening');
      const sigterm = c.scenario === 'sigterm';
      const seen = await runClientScenario(c.scenario, port!, () => sigterm && child.kill('SIGTERM'), TIMEOUT_MS);
      result.close = { code: seen.code, reason: seen.reason };
      const sampleSide = messages.find((m) => m.type === 'close' && m.role === 'server');
      if (sampleSide) result.serverClose = { code: sampleSide.code!, reason: sampleSide.reason! };
      if (sigterm) {
        await Promise.race([exited, sleep(TIMEOUT_MS)]);
        result.exitCode = exit?.code;
      } else {
        await sleep(100);
        if (exit) result.errors.push(`the sample's server exited (${exit.code ?? exit.signal}) instead of carrying on`);
      }
    }
    if (exit && exit.code !== 0 && c.scenario !== 'sigterm') result.errors.push(`the sample's process exited with ${exit.code ?? exit.signal}`);
  } finally {
    if (!exit) {
      child.kill('SIGKILL');
      await exited;
    }
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  result.output = output;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Browser.

interface HarnessOptions {
  wsUrl: string;
  scale: number;
  payload: string;
  text: string;
  errorMessage: string;
}

interface PageRecord {
  sockets: { url: string; opened: boolean; close: (CloseSeen & { wasClean: boolean }) | null }[];
  reconnectCalls: number;
  delays: number[];
}

/**
 * Runs in the blank page before the sample: WebSocket is the real one, pointed at the scenario
 * server and recorded; the sample's own timers run faster; the stand-ins for the reader's code exist.
 */
function browserHarness(opts: HarnessOptions): void {
  const w = window as unknown as Record<string, unknown> & { __sample: PageRecord };
  const record: PageRecord = { sockets: [], reconnectCalls: 0, delays: [] };
  w.__sample = record;
  const Native = window.WebSocket;
  const target = new URL(opts.wsUrl);
  class HarnessWebSocket extends Native {
    constructor(address: string | URL, protocols?: string | string[]) {
      const asked = new URL(String(address), location.href);
      super(new URL(asked.pathname + asked.search, target).href, protocols);
      const rec: PageRecord['sockets'][number] = { url: String(address), opened: false, close: null };
      record.sockets.push(rec);
      this.addEventListener('open', () => (rec.opened = true));
      this.addEventListener('close', (e) => (rec.close = { code: e.code, reason: e.reason, wasClean: e.wasClean }));
    }
  }
  w.WebSocket = HarnessWebSocket;
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = window[name] as (cb: unknown, delay?: number, ...args: unknown[]) => number;
    w[name] = function (cb: unknown, delay?: number, ...args: unknown[]) {
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes('sample.js')) {
        if (name === 'setTimeout') record.delays.push(Number(delay) || 0);
        delay = (Number(delay) || 0) * opts.scale;
      }
      return original.call(window, cb, delay, ...args);
    };
  }
  // Jitter without chance: a sample's delays depend only on its attempt count.
  Math.random = () => 0.5;
  w.url = opts.wsUrl;
  w.payload = Uint8Array.from(atob(opts.payload), (ch) => ch.charCodeAt(0)).buffer;
  w.text = opts.text;
  w.errorMessage = opts.errorMessage;
  w.cachedToken = 'cached-token';
  w.getFreshToken = async () => 'fresh-token';
  w.getAccessToken = async () => 'access-token';
  w.refreshAccessToken = async () => {};
  w.showSignIn = (reason: string) => console.log(`showSignIn(${JSON.stringify(reason)})`);
  w.showError = (message: string) => console.log(`showError(${JSON.stringify(message)})`);
  w.scheduleReconnect = () => {
    record.reconnectCalls += 1;
    console.log('scheduleReconnect()');
  };
}

/**
 * Pages to run samples in, kept open and reused: starting a renderer for every run costs more than
 * the run. A page is handed out blank and is blanked again when given back, which closes whatever
 * connections the sample left open.
 */
export class PagePool {
  private context: Promise<BrowserContext>;
  private idle: Page[] = [];

  constructor(browser: Browser) {
    this.context = browser.newContext();
  }

  async acquire(): Promise<Page> {
    return this.idle.pop() ?? (await this.context).newPage();
  }

  async release(page: Page): Promise<void> {
    page.removeAllListeners('console');
    page.removeAllListeners('pageerror');
    try {
      await page.goto('about:blank');
      this.idle.push(page);
    } catch {
      await page.close().catch(() => {});
    }
  }
}

export async function runBrowser(pool: PagePool, sample: Sample, c: Case): Promise<RunResult> {
  const server = await startServer(c.scenario);
  const page = await pool.acquire();
  const output: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => output.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const record = () => page.evaluate(() => (window as unknown as { __sample: PageRecord }).__sample);
  const further = (r: PageRecord) => r.sockets.length - 1 + r.reconnectCalls;
  const result: RunResult = { output: '', errors };
  try {
    await page.goto(server.httpUrl);
    await page.evaluate(browserHarness, {
      wsUrl: server.wsUrl,
      scale: TIME_SCALE,
      payload: payloadBytes().toString('base64'),
      text: SAMPLE_TEXT,
      errorMessage: ERROR_MESSAGE,
    } satisfies HarnessOptions);
    if (given(sample) === 'ws') {
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const ws = new WebSocket(String((window as unknown as { url: string }).url));
            (window as unknown as { ws: WebSocket }).ws = ws;
            ws.addEventListener('open', () => resolve());
            ws.addEventListener('error', () => reject(new Error('the given ws did not open')));
          }),
      );
    }
    await page.addScriptTag({ content: `${sample.code}\n//# sourceURL=sample.js\n` });
    if (sample.marking?.call) await page.evaluate(`void (${sample.marking.call})`);
    server.go();
    const first = await until('a close in the page', async () => {
      const r = await record();
      if (errors.length) throw new Error(`error in the page: ${errors.join('\n')}`);
      return r.sockets[0]?.close ?? undefined;
    });
    result.close = { code: first.code, reason: first.reason };
    result.serverClose = await serverClose(server.connections);
    if (c.reconnect === 'yes' || c.reconnect === 'backoff') {
      const enough = c.reconnect === 'yes' ? 1 : 3;
      result.reconnects = await until('reconnects', async () => {
        const n = further(await record());
        return n >= enough ? n : undefined;
      }).catch(async () => further(await record()));
      result.delays = (await record()).delays;
    } else if (c.reconnect !== undefined) {
      // Wait until nothing new has happened for SETTLE_MS, then count.
      let last = -1;
      let since = Date.now();
      const end = Date.now() + TIMEOUT_MS;
      for (;;) {
        const n = further(await record());
        if (n !== last) {
          last = n;
          since = Date.now();
        } else if (Date.now() - since >= SETTLE_MS || Date.now() > end) break;
        await sleep(50);
      }
      result.reconnects = last;
    }
  } finally {
    await pool.release(page);
    await server.stop();
  }
  result.output = output.join('\n');
  return result;
}
