import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { filesUnder } from '../../../scripts/lib/sha256sums.mjs';

/** `npm run dist:browser` into a temp folder, started with its own start.sh as a user would. */
const ROOT = join(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'airgap-browser-dist-'));
const folder = join(temp, 'airgap-crm-browser');
let child: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startedLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no address line within 15 s: ${out}`)), 15_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.includes('UI address: http://127.0.0.1:'));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    proc.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    proc.once('exit', (code) => reject(new Error(`start.sh exited with ${code}: ${out}`)));
  });
}

beforeAll(() => {
  // Uses the build `npm test` just made; builds once when run on its own.
  const built = existsSync(join(ROOT, 'out/renderer/index.html'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/dist-browser.mjs'), '--out', folder, ...(built ? ['--no-build'] : [])], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  rmSync(temp, { recursive: true, force: true });
});

describe('npm run dist:browser', () => {
  it('writes the UI, a dependency-free server, start scripts, a Chinese README and SHA256SUMS over every file', () => {
    const files: string[] = filesUnder(folder);
    expect(files).toEqual(
      expect.arrayContaining(['app/index.html', 'server/serve.mjs', 'server/static-server.mjs', 'start.sh', 'start.bat', 'README.txt', 'VERSION']),
    );
    expect(files.filter((f) => /\.map$|node_modules|\.ts$|\.test\./.test(f))).toEqual([]);
    expect(statSync(join(folder, 'start.sh')).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(folder, 'start.bat'), 'utf8')).toContain('server\\serve.mjs %*');
    expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toMatch(/龙芯[\s\S]*sha256sum -c SHA256SUMS[\s\S]*数据保存在哪里/);
    // The server imports only Node's own modules and its sibling files.
    for (const file of files.filter((f) => f.startsWith('server/') && f.endsWith('.mjs'))) {
      const specs = [...readFileSync(join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      expect(specs.filter((s) => !s.startsWith('node:') && !s.startsWith('./'))).toEqual([]);
    }
    expect(execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toBe('');
  });

  it('starts with start.sh on 127.0.0.1 and serves the app with its CSP header, then stops', async () => {
    const port = await freePort();
    // As on a fresh PC: an environment of its own, no project, `node` found on PATH (a folder holding only it first).
    const bin = join(temp, 'bin');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    child = spawn('sh', [join(folder, 'start.sh'), '--port', String(port), '--no-open'], {
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: temp },
      cwd: temp,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(await startedLine(child)).toContain(`http://127.0.0.1:${port}/`);
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Airgap CRM 客户管理</title>');
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`http://127.0.0.1:${port}/../package.json`)).status).toBe(404);
    // Every script and style the page names is served, with its type.
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const served = await fetch(`http://127.0.0.1:${port}/${asset}`);
      expect([asset, served.status, served.headers.get('content-type')]).toEqual([asset, 200, expect.stringMatching(/^text\/(javascript|css)/)]);
      await served.arrayBuffer();
    }

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 30_000);

  it('refuses a port in use instead of moving to another address (the database belongs to the address)', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = spawn('sh', [join(folder, 'start.sh'), '--port', String(port), '--no-open'], { env: { ...process.env, AIRGAP_NODE: process.execPath } });
      let err = '';
      run.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
      expect(await new Promise((resolve) => run.once('exit', resolve))).toBe(1);
      expect(err).toContain(`端口 ${port} 已被占用`);
    } finally {
      blocker.close();
    }
  }, 15_000);
});
