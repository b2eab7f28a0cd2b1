import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath, responseHeaders, serveAppRequest } from '../../../src-main/app-protocol';
import { PRODUCTION_CSP } from '../../../src-main/csp';

const ROOT = resolve('/srv/app/out/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root, the bare origin to index.html', () => {
    expect(resolveAppPath(ROOT, 'app://airgap/')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://airgap/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveAppPath(ROOT, 'app://airgap/assets/index-B2.js?v=1#x')).toBe(join(ROOT, 'assets', 'index-B2.js'));
    expect(resolveAppPath(ROOT, 'app://airgap/fonts/%E5%AE%8B%E4%BD%93.woff2')).toBe(join(ROOT, 'fonts', '宋体.woff2'));
  });

  it.each([
    'app://airgap/../secret.txt',
    'app://airgap/assets/../../etc/passwd',
    'app://airgap/%2e%2e/etc/passwd',
    'app://airgap/%2E%2E%2Fetc%2Fpasswd',
    'app://airgap/..%2fetc',
    'app://airgap/..%5cwindows',
    'app://airgap/assets\\..\\..\\x',
    'app://airgap//etc/passwd',
    'app://airgap/C:/Windows/win.ini',
    'app://airgap/./index.html',
    'app://airgap/a%00.html',
    'app://airgap/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    '/etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('responses', () => {
  it('types files and puts the CSP on HTML only', () => {
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
    expect(responseHeaders('/x/index.html')['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(responseHeaders('/x/a.js')['content-security-policy']).toBeUndefined();
    expect(responseHeaders('/x/a.js')['x-content-type-options']).toBe('nosniff');
  });

  it('serves, refuses and 404s', async () => {
    const files: Record<string, string> = { [join(ROOT, 'index.html')]: '<!doctype html>' };
    const read = async (file: string) => {
      if (!(file in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[file]);
    };
    const ok = await serveAppRequest(ROOT, 'app://airgap/', read);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(await ok.text()).toBe('<!doctype html>');
    expect((await serveAppRequest(ROOT, 'app://airgap/%2e%2e/x', read)).status).toBe(400);
    expect((await serveAppRequest(ROOT, 'app://airgap/missing.js', read)).status).toBe(404);
  });
});
