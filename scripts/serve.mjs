/**
 * A minimal static file server for the built site, as a plain static host would serve it:
 * directory index files, correct types, gzip for text, dist/404.html for anything missing, and the headers
 * that dist/_headers gives each path (the Netlify/Cloudflare Pages format, `*` as a wildcard).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export function resolveFile(root, urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, clean);
  if (!file.startsWith(normalize(root))) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export function readHeaderRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export function serveDist(root = 'dist', port = 0) {
  const rules = readHeaderRules(root);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    for (const rule of rules) {
      if (rule.pattern.test(path.split('?')[0])) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);
    }
    const file = resolveFile(root, path);
    if (file && !path.split('?')[0].endsWith('/') && file.endsWith('index.html') && !path.endsWith('.html')) {
      res.writeHead(301, { Location: `${path.split('?')[0]}/` });
      res.end();
      return;
    }
    const target = file ?? join(root, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    // Compress text as any real static host does, so audits and byte counts see realistic transfers.
    if (/^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const body = gzipSync(readFileSync(target));
      res.writeHead(file ? 200 : 404, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
      res.end(body);
      return;
    }
    res.writeHead(file ? 200 : 404, { 'Content-Type': type });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => server.close() });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveDist(process.argv[2] ?? 'dist', port);
  console.log(`Serving dist at ${url}`);
}
