import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryPath, electronMissingReason } from './has-electron.mjs';
import { HOST_METHOD_NAMES } from '../../src-renderer/core/host-contract';

/**
 * The real desktop app, hardened as the security baseline says. Runs only where the Electron binary
 * exists; every test skips with one clear line elsewhere.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = electronMissingReason();
// Skipped only where there is no Electron binary to launch (machines that cannot reach GitHub, like
// our CI): the reason printed is "skipped: no Electron binary (…)". scripts/test-all.mjs does not
// even start this suite there; this line keeps a direct `playwright test -c tests/electron/…` honest.
test.skip(missing !== null, missing ?? '');
// The list reporter does not show skip reasons; say it once, plainly.
if (missing && !process.env['TEST_WORKER_INDEX']) console.log(missing);

/**
 * What the page's globals look like; plain `globalThis` casts because this file has no DOM lib. Code inside
 * `page.evaluate` is sent as source text, so it spells the cast out instead of calling a helper.
 */
interface PageGlobals {
  host?: Record<string, (...args: unknown[]) => Promise<{ ok: boolean; value?: unknown; code?: string }>>;
  process?: unknown;
  require?: unknown;
  location: { href: string };
  open(url: string): unknown;
  fetch(url: string): Promise<{ status: number; headers: { get(name: string): string | null } }>;
}

let userData: string;
let app: ElectronApplication;
let page: Page;

function launchArgs(dir: string): string[] {
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer's own
  // `sandbox: true` still applies. Ordinary users keep the OS sandbox.
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return [ROOT, `--user-data-dir=${dir}`, ...root];
}

test.beforeAll(async () => {
  if (missing) return;
  if (!['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html'].every((f) => existsSync(join(ROOT, f)))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  userData = mkdtempSync(join(tmpdir(), 'airgap-electron-'));
  const env = { ...process.env } as Record<string, string>;
  delete env['ELECTRON_RENDERER_URL']; // never the dev server here: the built app, as shipped
  app = await electron.launch({ args: launchArgs(userData), cwd: ROOT, env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('opens one window from app://, titled in Chinese, at least 1100×700', async () => {
  expect(page.url()).toMatch(/^app:\/\/airgap\//);
  const win = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows();
    return { count: w.length, title: w[0]?.getTitle(), min: w[0]?.getMinimumSize() };
  });
  expect(win).toEqual({ count: 1, title: 'Airgap CRM 客户管理', min: [1100, 700] });
  // The module script loaded over app:// under the strict CSP, and React rendered something.
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { getElementById(id: string): { childElementCount: number } | null } }).document;
    return (doc.getElementById('root')?.childElementCount ?? 0) > 0;
  });
});

test('runs the page without Node, isolated and sandboxed', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => unknown };
    // Not in every Electron's typings; when present it is the authoritative answer.
    return typeof contents?.getLastWebPreferences === 'function' ? contents.getLastWebPreferences() : null;
  });
  if (prefs !== null) {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  }
  const seen = await page.evaluate(() => {
    const w = globalThis as unknown as Record<string, unknown>;
    return { process: typeof w['process'], require: typeof w['require'], module: typeof w['module'], ipc: typeof w['ipcRenderer'] };
  });
  expect(seen).toEqual({ process: 'undefined', require: 'undefined', module: 'undefined', ipc: 'undefined' });
});

test('exposes exactly the host API on window.host', async () => {
  const keys = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).host ?? {}).sort());
  // Files (whole and by pieces), print, PDF, app info, the scheduled backups' one folder, a double-clicked .age file
  // (no path ever crosses), the OS key store, and a file handed to the system's program.
  // Every method of the one contract (core/host-contract.ts HOST_METHODS) and its one event; nothing generic.
  expect(keys).toEqual([...HOST_METHOD_NAMES, 'onFileOpened'].sort());
  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).host!.appInfo!());
  expect(info).toMatchObject({ ok: true, value: { shell: 'electron', versions: { electron: expect.stringMatching(/^41\./) } } });
  // Separate profile per run: the test never touches a real user's database.
  expect(realpathSync((info.value as { dataLocation: string }).dataLocation)).toBe(realpathSync(userData));
});

test('grants persistent storage (the database must not be evicted) and nothing else', async () => {
  const answers = await page.evaluate(async () => {
    const nav = (
      globalThis as unknown as {
        navigator: { storage: { persist(): Promise<boolean> }; permissions: { query(d: { name: string }): Promise<{ state: string }> } };
      }
    ).navigator;
    return { persist: await nav.storage.persist(), geolocation: (await nav.permissions.query({ name: 'geolocation' })).state };
  });
  expect(answers).toEqual({ persist: true, geolocation: 'denied' });
});

test('validates IPC arguments in the main process', async () => {
  const result = await page.evaluate(() => (globalThis as unknown as PageGlobals).host!.saveFile!({ suggestedName: '../x', bytes: 'no' }));
  expect(result).toMatchObject({ ok: false, code: 'bad-request' });
});

test('prints the current view to a PDF', async () => {
  const head = await page.evaluate(async () => {
    const r = await (globalThis as unknown as PageGlobals).host!.printToPdf!({});
    return r.ok ? Array.from((r.value as Uint8Array).slice(0, 5)) : r;
  });
  expect(String.fromCharCode(...(head as number[]))).toBe('%PDF-');
});

test('serves HTML with the CSP header and refuses to leave the app', async () => {
  const served = await page.evaluate(async () => {
    const r = await (globalThis as unknown as PageGlobals).fetch('app://airgap/index.html');
    return { status: r.status, csp: r.headers.get('content-security-policy') };
  });
  expect(served.status).toBe(200);
  expect(served.csp).toContain("default-src 'self'");
  const outside = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(outside).toBe('blocked');
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') ?? null)).toBeNull();
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/airgap\//);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});

test('a second launch hands over to the first and exits', async () => {
  const binary = electronBinaryPath()!;
  const code = await new Promise<number | null>((resolveExit, reject) => {
    const second = spawn(binary, launchArgs(userData), { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => {
      second.kill();
      reject(new Error('the second instance did not exit within 20 s'));
    }, 20_000);
    second.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolveExit(exitCode);
    });
  });
  expect(code).toBe(0);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
