/**
 * The local server for the built site (`npm start`, `npm run preview`, the end-to-end tests), behaving
 * like a plain static host: files through sirv (which only serves files it found under the root at
 * startup, so no request can reach outside it), a folder without its slash answers 301 to the
 * folder, text is gzipped, anything missing gets dist/404.html with status 404, and every response
 * carries the headers dist/_headers gives its path (the Netlify/Cloudflare Pages format, `*` as a
 * wildcard). Malformed requests answer 400, other methods 405; nothing a client sends stops it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** Types sirv does not know (Pagefind's index files) and a charset for text sirv leaves without one. */
const TYPES = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Configuration that hosts read and never serve. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

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

/** URL paths (no trailing slash) of the folders that have an index.html. */
function indexFolders(root) {
  const folders = new Set();
  const walk = (dir, path) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const child = `${path}/${entry.name}`;
      if (existsSync(join(dir, entry.name, 'index.html'))) folders.add(child);
      walk(join(dir, entry.name), child);
    }
  };
  walk(root, '');
  return folders;
}

/** The decoded path, or undefined when the request target is not a path a static host can answer. */
function decodePath(raw) {
  if (!raw.startsWith('/')) return undefined;
  try {
    const path = decodeURIComponent(raw);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/** sirv trusts a Range header's numbers; one it cannot serve is dropped and the whole file sent. */
function saneRange(range) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!match || (match[1] === '' && match[2] === '')) return false;
  return match[1] === '' || match[2] === '' || Number(match[1]) <= Number(match[2]);
}

/** A request handler for the site in `root`. */
export function createHandler(root = 'dist') {
  root = resolve(root);
  const rules = readHeaderRules(root);
  const folders = indexFolders(root);
  const notFoundFile = join(root, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found\n');
  const notFoundType = existsSync(notFoundFile) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
  const gzip = compression();

  const notFound = (req, res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', notFoundType);
    res.end(req.method === 'HEAD' ? undefined : notFoundPage);
  };

  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const type = TYPES[extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  const plain = (res, status, text, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(text);
  };

  return (req, res) => {
    try {
      const url = req.url ?? '/';
      const query = url.indexOf('?');
      const rawPath = query === -1 ? url : url.slice(0, query);
      const search = query === -1 ? '' : url.slice(query);
      const path = decodePath(rawPath);
      if (path === undefined) return plain(res, 400, 'Bad request\n');
      for (const rule of rules) {
        if (rule.pattern.test(path)) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      if (HOST_FILES.has(path)) return notFound(req, res);
      if (!path.endsWith('/') && folders.has(path)) {
        res.writeHead(301, { Location: `${rawPath}/${search}` });
        return res.end();
      }
      if (req.headers.range && !saneRange(req.headers.range)) delete req.headers.range;
      gzip(req, res, () => files(req, res, () => notFound(req, res)));
    } catch (error) {
      console.error(`serve: ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? error.stack : error}`);
      if (!res.headersSent) plain(res, 500, 'Internal error\n');
      else res.destroy();
    }
  };
}

export function serveDist(root = 'dist', port = 0) {
  const server = createServer(createHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
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
