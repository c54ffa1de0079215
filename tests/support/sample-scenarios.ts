/**
 * The situations a page describes, played for real on 127.0.0.1 with the `ws` package.
 *
 * A server scenario is a WebSocket server for a sample that is a client (run=browser or run=node).
 * A client scenario is what connects to a sample that is a server (run=node only): the sample's
 * WebSocketServer is moved to a free port and this side connects to it.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { STATUS_CODES, createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect as tcpConnect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';

/** Sample timers run this much faster: a 30 s heartbeat takes 0.3 s (the sample's own setTimeout and setInterval only). */
export const TIME_SCALE = 0.01;

interface ScenarioInfo {
  kind: 'server' | 'client';
  /** What the argument after the colon must look like, if the scenario takes one. */
  arg?: RegExp;
  what: string;
}

export const SCENARIOS: Record<string, ScenarioInfo> = {
  close: { kind: 'server', arg: /^(\d{4}|none)$/, what: 'server closes with the code (none: an empty Close frame)' },
  drop: { kind: 'server', what: 'server destroys the TCP connection after the handshake' },
  refuse: { kind: 'server', arg: /^[45]\d\d$/, what: 'server answers the handshake with this HTTP status' },
  echo: { kind: 'server', what: 'server echoes messages and records the code the sample closes with' },
  'no-deflate': { kind: 'server', what: 'echo server that does not negotiate permessage-deflate' },
  'text-only': { kind: 'server', what: 'server closes with 1003 on a binary frame, with 1000 after a text frame' },
  chunks: { kind: 'server', arg: /^\d+$/, what: 'server with this message size limit that reassembles JSON pieces, then closes with 1000' },
  tls: { kind: 'server', arg: /^private-ca$/, what: 'wss server whose certificate comes from a CA only the sample is given (ca.pem)' },
  sigterm: { kind: 'client', what: 'a client connects, then the sample process gets SIGTERM' },
  'unmasked-frame': { kind: 'client', what: 'a client sends an unmasked text frame' },
  'send-binary': { kind: 'client', arg: /^\d+(KiB|MiB)?$/, what: 'a client sends a binary message of this size' },
  'no-pong': { kind: 'client', what: 'a client that never answers Pings' },
  'require-deflate': { kind: 'client', what: 'a client that closes with 1010 unless permessage-deflate was negotiated, else 1000' },
  'handler-throws': { kind: 'client', what: "a client sends 'hello', then 'boom', which makes toUpperCase throw in the sample" },
  full: { kind: 'client', arg: /^\d+$/, what: 'the server already has this many clients when one more connects' },
  'send-token': { kind: 'client', arg: /^[\w.-]+$/, what: 'a client sends {"token": …}; verifyToken accepts only valid-token' },
};

export function splitScenario(name: string): { kind: string; arg?: string } {
  const at = name.indexOf(':');
  return at < 0 ? { kind: name } : { kind: name.slice(0, at), arg: name.slice(at + 1) };
}

/** True, or why the name is not a scenario this run can use. */
export function isScenario(name: string, run: string): true | string {
  const { kind, arg } = splitScenario(name);
  const info = SCENARIOS[kind];
  if (!info) return `unknown scenario "${name}" (known: ${Object.keys(SCENARIOS).join(', ')})`;
  if (info.arg ? arg === undefined || !info.arg.test(arg) : arg !== undefined) {
    return `scenario "${name}": ${info.arg ? `argument must match ${info.arg}` : 'takes no argument'}`;
  }
  if (info.kind === 'client' && run !== 'node') return `scenario "${name}" connects to a sample server: run=node only`;
  return true;
}

export function scenarioKind(name: string): 'server' | 'client' {
  return SCENARIOS[splitScenario(name).kind]!.kind;
}

// ---------------------------------------------------------------------------------------------
// Data the harness hands to samples, the same in the browser and in Node.

/** `payload` for samples that send binary data: 100 000 bytes, more than one 0x8000 slice. */
export function payloadBytes(): Buffer {
  return Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 7 + (i >> 8)) & 255));
}

/** `text` for samples that split text: 120 KB of mixed one- to four-byte characters. */
export const SAMPLE_TEXT = 'Grüße aus Köln — ½ € 😀 "quoted" \\ line\n'.repeat(2500);

/** `errorMessage` for samples that trim a close reason: 220 bytes of two-byte characters. */
export const ERROR_MESSAGE = 'é'.repeat(110);

// ---------------------------------------------------------------------------------------------
// Server scenarios.

export interface ServerConnection {
  path: string;
  messages: { data: Buffer; isBinary: boolean }[];
  closed?: { code: number; reason: string };
}

export interface ScenarioServer {
  /** A blank page on the same origin, for the browser. */
  httpUrl: string;
  wsUrl: string;
  connections: ServerConnection[];
  /** The CA certificate (PEM) a tls scenario's client must trust. */
  ca?: string | undefined;
  /** Until go(), connections are held open; then the scenario acts on them and on every later one. */
  go(): void;
  stop(): Promise<void>;
}

let certs: { ca: string; key: string; cert: string } | undefined;

export function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
}

/** A throwaway CA and a certificate for ws.internal.example and 127.0.0.1, made with openssl. */
function makeCerts(): { ca: string; key: string; cert: string } {
  if (certs) return certs;
  const dir = mkdtempSync(join(tmpdir(), 'sample-tls-'));
  const run = (...args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('req', '-x509', ...ec, '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Sample test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  run('req', ...ec, '-keyout', 'key.pem', '-out', 'req.pem', '-subj', '/CN=ws.internal.example');
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=DNS:ws.internal.example,IP:127.0.0.1\n');
  run('x509', '-req', '-in', 'req.pem', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-out', 'cert.pem',
    '-days', '2', '-extfile', 'ext.cnf');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  certs = { ca: read('ca.pem'), key: read('key.pem'), cert: read('cert.pem') };
  rmSync(dir, { recursive: true, force: true });
  return certs;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

export async function startServer(name: string): Promise<ScenarioServer> {
  const { kind, arg } = splitScenario(name);
  const tls = kind === 'tls' ? makeCerts() : undefined;
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }) : createHttpServer();
  server.on('request', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><title>sample</title></html>');
  });
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    ...(kind === 'chunks' && { maxPayload: Number(arg) }),
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const connections: ServerConnection[] = [];
  const held: WebSocket[] = [];
  let started = false;

  const act = (ws: WebSocket) => {
    if (kind === 'close') {
      if (arg === 'none') ws.close();
      else ws.close(Number(arg), `scenario ${name}`);
    } else if (kind === 'drop') ws.terminate();
    else if (kind === 'tls') ws.close(1000, 'tls handshake done');
  };

  const pieces = new Map<string, string[]>();
  const onMessage = (ws: WebSocket, data: Buffer, isBinary: boolean) => {
    if (kind === 'echo' || kind === 'no-deflate') ws.send(data, { binary: isBinary });
    if (kind === 'text-only') {
      if (isBinary) return ws.close(1003, 'binary frames not supported');
      let message: { data?: unknown };
      try {
        message = JSON.parse(data.toString());
      } catch {
        return ws.close(4000, 'text is not JSON');
      }
      if (typeof message.data === 'string' && !Buffer.from(message.data, 'base64').equals(payloadBytes())) {
        return ws.close(4000, 'data does not decode to the payload');
      }
      ws.close(1000, 'text received');
    }
    if (kind === 'chunks') {
      let piece: { id: string; seq: number; total: number; data: string };
      try {
        piece = JSON.parse(data.toString());
      } catch {
        return ws.close(4000, 'piece is not JSON');
      }
      const got = pieces.get(piece.id) ?? new Array<string>(piece.total);
      got[piece.seq] = piece.data;
      pieces.set(piece.id, got);
      if (got.filter((p) => p !== undefined).length === piece.total) {
        if (got.join('') === SAMPLE_TEXT) ws.close(1000, `reassembled ${piece.total} pieces`);
        else ws.close(4000, 'pieces do not add up to the text');
      }
    }
  };

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (kind === 'refuse') {
      socket.end(`HTTP/1.1 ${arg} ${STATUS_CODES[Number(arg)] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn: ServerConnection = { path: req.url ?? '/', messages: [] };
      connections.push(conn);
      ws.on('error', () => {});
      ws.on('message', (data: Buffer, isBinary) => {
        conn.messages.push({ data, isBinary });
        onMessage(ws, data, isBinary);
      });
      ws.on('close', (code, reason) => {
        conn.closed = { code, reason: reason.toString() };
      });
      if (started) act(ws);
      else held.push(ws);
    });
  });

  const port = await listen(server);
  const scheme = tls ? 's' : '';
  return {
    httpUrl: `http${scheme}://127.0.0.1:${port}/`,
    wsUrl: `ws${scheme}://127.0.0.1:${port}/`,
    connections,
    ca: tls?.ca,
    go() {
      started = true;
      for (const ws of held.splice(0)) act(ws);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        wss.close();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Client scenarios.

export interface ClientResult {
  code: number;
  reason: string;
  replies: string[];
}

function size(arg: string): number {
  const m = /^(\d+)(KiB|MiB)?$/.exec(arg)!;
  return Number(m[1]) * (m[2] === 'MiB' ? 2 ** 20 : m[2] === 'KiB' ? 2 ** 10 : 1);
}

/** Reads one frame header and payload from a buffer; undefined until the frame is complete. */
function readFrame(buf: Buffer): { opcode: number; payload: Buffer; rest: Buffer } | undefined {
  if (buf.length < 2) return undefined;
  let len = buf[1]! & 0x7f;
  let at = 2;
  if (len === 126) {
    if (buf.length < 4) return undefined;
    len = buf.readUInt16BE(2);
    at = 4;
  } else if (len === 127) {
    if (buf.length < 10) return undefined;
    len = Number(buf.readBigUInt64BE(2));
    at = 10;
  }
  if (buf.length < at + len) return undefined;
  return { opcode: buf[0]! & 0x0f, payload: buf.subarray(at, at + len), rest: buf.subarray(at + len) };
}

/** Handshake by hand, then one unmasked text frame, which RFC 6455 §5.1 forbids from a client. */
function unmaskedFrame(port: number, timeoutMs: number): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer to the unmasked frame'));
    }, timeoutMs);
    let buf: Buffer = Buffer.alloc(0);
    let upgraded = false;
    let result: ClientResult = { code: 1006, reason: '', replies: [] };
    socket.on('connect', () => {
      socket.write(
        'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!buf.subarray(0, end).toString().startsWith('HTTP/1.1 101')) {
          socket.destroy();
          return reject(new Error(`handshake refused: ${buf.subarray(0, end).toString().split('\r\n')[0]}`));
        }
        upgraded = true;
        buf = buf.subarray(end + 4);
        socket.write(Buffer.from([0x81, 0x05, ...Buffer.from('hello')]));
      }
      for (let frame = readFrame(buf); frame; frame = readFrame(buf)) {
        buf = frame.rest;
        if (frame.opcode === 0x8) {
          const code = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
          result = { code, reason: frame.payload.subarray(2).toString(), replies: [] };
          socket.end();
        }
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

/**
 * Connects to a sample's server as the scenario says and resolves with the close code this side saw.
 * `onOpen` runs once the connection is open (the sigterm scenario signals the sample's process there).
 */
export function runClientScenario(name: string, port: number, onOpen: () => void, timeoutMs: number): Promise<ClientResult> {
  const { kind, arg } = splitScenario(name);
  if (kind === 'unmasked-frame') return unmaskedFrame(port, timeoutMs);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`, {
      ...(kind === 'no-pong' && { autoPong: false }),
      ...(kind !== 'require-deflate' && { perMessageDeflate: false }),
    });
    const replies: string[] = [];
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`scenario ${name}: the sample's server did not close the connection within ${timeoutMs} ms`));
    }, timeoutMs);
    ws.on('error', () => {});
    ws.on('open', () => {
      onOpen();
      if (kind === 'send-binary') ws.send(Buffer.alloc(size(arg!), 1));
      if (kind === 'require-deflate') {
        if (ws.extensions.split(',').includes('permessage-deflate')) ws.close(1000, 'permessage-deflate negotiated');
        else ws.close(1010, 'permessage-deflate');
      }
      if (kind === 'handler-throws') ws.send('hello');
      if (kind === 'send-token') ws.send(JSON.stringify({ token: arg }));
    });
    ws.on('message', (data) => {
      replies.push(data.toString());
      if (kind === 'handler-throws' && replies.length === 1) ws.send('boom');
    });
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString(), replies });
    });
  });
}
