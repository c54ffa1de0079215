/**
 * The local server (scripts/serve.mjs) against a small site in a temp folder, with requests written
 * byte for byte over a socket so malformed targets reach it exactly as a client sent them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve.mjs';

const SECRET = 'secret-outside-the-site';
const CODE_PAGE = `<!doctype html><title>1006</title><main>${'Abnormal closure. '.repeat(200)}</main>`;

let temp: string;
let server: { url: string; close: () => void };
let port: number;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'wscc-serve-'));
  const site = join(temp, 'site');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>home</title>',
    '404.html': '<!doctype html><title>Page not found</title><h1>Page not found</h1>',
    'codes/1006/index.html': CODE_PAGE,
    '_astro/style.abc123.css': 'body { color: black }',
    'pagefind/pagefind.en_1.pf_meta': 'binary-ish',
    '_headers': "/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n",
    '_redirects': '/1006 /codes/1006/ 301\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  writeFileSync(join(temp, 'secret.txt'), SECRET);
  server = await serveDist(site, 0);
  port = Number(new URL(server.url).port);
});

afterAll(() => {
  server.close();
  rmSync(temp, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request exactly as given; the connection closes after the reply. */
function raw(target: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0]!.split(' ')[1]);
      const parsed: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const at = line.indexOf(':');
        parsed[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      let body: Buffer = all.subarray(split + 4);
      if (parsed['transfer-encoding'] === 'chunked') body = unchunk(body);
      resolve({ status, headers: parsed, body });
    });
    const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

function unchunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) return Buffer.concat(out);
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

describe('bad requests', () => {
  const targets: [string, string][] = [
    ['/%', 'a lone percent sign'],
    ['/%E0%A4%A', 'a truncated UTF-8 escape'],
    [`/${'a'.repeat(10_000)}`, 'a 10,000-character path'],
    ['/../../etc/passwd', 'dot segments'],
    ['/..%2f..%2fetc/passwd', 'encoded slashes'],
    ['/%2e%2e/%2e%2e/etc/passwd', 'encoded dots'],
    ['/../secret.txt', 'the file just outside the site'],
    ['/..%2fsecret.txt', 'the file just outside the site, encoded'],
    ['/..\\secret.txt', 'a backslash'],
    ['/%00', 'a NUL byte'],
    ['//etc/passwd', 'a doubled slash'],
    ['/codes/1006/%E0%A4%A', 'a truncated escape under a real folder'],
  ];

  const cases = targets.map(([target, what]) => ({ target, what, shown: target.length > 60 ? `${target.slice(0, 20)}…` : target }));

  it.each(cases)('$what ($shown) answers 400 or 404 and reveals nothing outside the site', async ({ target }) => {
    const reply = await raw(target);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body.toString()).not.toContain(SECRET);
    expect(reply.body.toString()).not.toMatch(/root:.*:0:0:/);
  });

  it('the server keeps serving after every one of them', async () => {
    for (const [target] of targets) await raw(target);
    const reply = await raw('/codes/1006/');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(CODE_PAGE);
  });

  it('a malformed escape is a 400, not a server error', async () => {
    expect((await raw('/%')).status).toBe(400);
    expect((await raw('/%E0%A4%A')).status).toBe(400);
  });

  it('methods other than GET and HEAD answer 405', async () => {
    const reply = await raw('/', { method: 'POST', headers: { 'Content-Length': '0' } });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('GET, HEAD');
  });

  it('a Range it cannot satisfy is ignored, a good one honoured', async () => {
    expect((await raw('/codes/1006/', { headers: { Range: 'bytes=50-10' } })).status).toBe(200);
    const part = await raw('/codes/1006/', { headers: { Range: 'bytes=0-14' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe(CODE_PAGE.slice(0, 15));
  });
});

describe('as a static host serves', () => {
  it('a folder without its slash answers 301 to the folder, keeping the query', async () => {
    const reply = await raw('/codes/1006?from=log');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/codes/1006/?from=log');
  });

  it('text is compressed for clients that accept it, and only for them', async () => {
    const zipped = await raw('/codes/1006/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(zipped.body).toString()).toBe(CODE_PAGE);
    expect(zipped.body.length).toBeLessThan(CODE_PAGE.length / 4);
    // What Chromium sends: Brotli where offered, as most hosts do.
    const browser = await raw('/codes/1006/', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(browser.body).toString()).toBe(CODE_PAGE);
    const plain = await raw('/codes/1006/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('text/html;charset=utf-8');
  });

  it('a missing page gets 404.html with status 404 and the site’s headers', async () => {
    const reply = await raw('/codes/99999/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('<h1>Page not found</h1>');
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('headers from _headers apply by path', async () => {
    const page = await raw('/codes/1006/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBeUndefined();
    const asset = await raw('/_astro/style.abc123.css');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw('/pagefind/pagefind.en_1.pf_meta')).headers['content-type']).toBe('application/octet-stream');
  });

  it('host configuration files are not served', async () => {
    expect((await raw('/_headers')).status).toBe(404);
    expect((await raw('/_redirects')).status).toBe(404);
  });

  it('HEAD answers with headers only', async () => {
    const reply = await raw('/codes/1006/', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
  });
});
