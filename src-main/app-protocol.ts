import { extname, join, resolve, sep } from 'node:path';
import { PRODUCTION_CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * Serving the built renderer over `app://airgap/`. The resolver is pure and strict: it works on the
 * raw URL text as well as the parsed one, because Chromium and Node both normalise `..` and `%2e%2e`
 * away before we would see them, and a resolver that relies on somebody else's normalisation is one
 * refactor away from serving `/etc/passwd`.
 */

const PREFIX = `${APP_SCHEME}://${APP_HOST}/`;

/** The file under `root` a request URL names, or null for anything that is not a plain in-root path. */
export function resolveAppPath(root: string, url: string): string | null {
  if (!url.toLowerCase().startsWith(PREFIX)) return null;
  const rawPath = url.slice(PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  // Encoded separators, dots, NUL and backslashes have no business in our own asset URLs.
  if (/%(2e|2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath === '' ? 'index.html' : rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  for (const s of segments) {
    // Empty (`//x`), dot segments, drive letters (`C:`), control characters: refuse.
    // eslint-disable-next-line no-control-regex
    if (s === '' || s === '.' || s === '..' || s.includes(':') || /[\u0000-\u001f]/.test(s)) return null;
  }
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  return file.startsWith(base + sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of a served file; HTML carries the same CSP as its meta tag (the header also covers frames). */
export function responseHeaders(file: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': contentTypeFor(file),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
  // The scanner cannot read a CSP held in a constant; it evaluates the same string in the built index.html.
  if (extname(file).toLowerCase() === '.html') headers['content-security-policy'] = PRODUCTION_CSP; // eng-disable CSP_GLOBAL_CHECK same CSP as the page
  return headers;
}

/** The protocol handler minus Electron: injected file reader, plain fetch `Response` out. */
export async function serveAppRequest(root: string, url: string, readFile: (file: string) => Promise<Uint8Array>): Promise<Response> {
  const file = resolveAppPath(root, url);
  if (!file) return new Response('Bad request', { status: 400 });
  try {
    const body = await readFile(file);
    return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: responseHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
