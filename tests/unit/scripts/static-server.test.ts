import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { resolveInside, startStaticServer } from '../../../scripts/lib/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'airgap-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'assets', 'index-BkInE3IV.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'plain.js'), 'console.log(2)');
writeFileSync(join(root, 'index.html'), '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /><p>界面</p>');
let server: { url: string; port: number; close: () => Promise<void> };

function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  server = await startStaticServer(root);
});
afterAll(() => server.close());

describe('static server for the browser UI', () => {
  it('listens on 127.0.0.1 only and serves the page with its CSP as a header', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('界面');
    expect(res.headers['content-security-policy']).toBe("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets the browser keep only content-hashed build assets; the page and anything else are fetched every time', async () => {
    expect((await get('/assets/index-BkInE3IV.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/plain.js')).headers['cache-control']).toBe('no-store');
    expect((await get('/')).headers['cache-control']).toBe('no-store');
  });

  it('never serves a path outside its folder', async () => {
    for (const path of ['/../package.json', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/secret', '/a%00b', '/%E0%A4%A']) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect(resolveInside(root, '/../x')).toBeNull();
    expect(resolveInside(root, '/%2e%2e%2fx')).toBeNull();
  });
});
