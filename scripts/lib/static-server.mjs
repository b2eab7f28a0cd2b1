// A small static file server for the built renderer, bound to 127.0.0.1 only.
// Used by `npm start` when no Electron binary exists, by the e2e tests and by the bench.
// It serves files under `root` and nothing else: no directory listing, no path outside root.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The CSP the build put into index.html, repeated as a header (a header also covers workers). */
export function cspOf(root) {
  const index = join(root, 'index.html');
  if (!existsSync(index)) return null;
  const match = readFileSync(index, 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  return match ? match[1] : null;
}

export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = normalize(join(root, decoded === '/' ? 'index.html' : decoded));
  return target === root || target.startsWith(root + sep) ? target : null;
}

/** A build asset named by its content (Vite's `name-<hash>.js`) never changes under that name. */
const HASHED_ASSET = /^\/assets\/[^/?#]+-[A-Za-z0-9_-]{8}\.(?:js|mjs|css|wasm)$/;

/**
 * Hashed build assets may be kept by the browser (a reload then reuses the 3 MB bundle and its
 * compiled code instead of fetching and compiling it again); everything else — the page, whose CSP
 * and asset names change with each build, and the bench's pages — is fetched every time.
 * @param {string | null} url the request's path, null for a file of an extra root
 */
function cacheControl(url) {
  return url !== null && HASHED_ASSET.test(url.split('?')[0]) ? 'public, max-age=31536000, immutable' : 'no-store';
}

/**
 * @param {string} rootDir folder to serve
 * @param {{ port?: number, extraRoots?: Record<string, string> }} [options] extraRoots maps a URL
 *   prefix (e.g. '/bench/') to another folder, so pages of both share one origin (one IndexedDB).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer(rootDir, options = {}) {
  const root = resolve(rootDir);
  const extra = Object.entries(options.extraRoots ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const csp = cspOf(root);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const url = req.url ?? '/';
    const mount = extra.find(([prefix]) => url.startsWith(prefix));
    const file = mount ? resolveInside(mount[1], '/' + url.slice(mount[0].length)) : resolveInside(root, url);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(mount ? null : url),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (csp && !mount) headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
