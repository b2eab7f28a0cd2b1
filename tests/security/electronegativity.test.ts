import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runElectronegativity, type EngIssue, type EngResult } from './electronegativity-runner';
import { originalLine } from './source-map';

/**
 * The security baseline's gate: electronegativity over the built app (main, preload, renderer).
 * Zero findings, or each one justified by `// eng-disable CHECK_ID <why>` on the flagged line. Bundling
 * strips `//` comments, so for bundled JavaScript the test builds its own copy with source maps (in a
 * temp folder: out/ is never touched and never stale) and looks for the comment on the source line.
 */

const ROOT = resolve('.');
const ELECTRON_VERSION = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const FIXTURES = resolve('tests/security/fixtures');

let work: string;
let build: string;
/** Scanned file → its source map. */
const maps = new Map<string, string>();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'airgap-eng-'));
  build = join(work, 'build');
  const cli = resolve('node_modules/electron-vite/bin/electron-vite.js');
  try {
    execFileSync(process.execPath, [cli, 'build', '--sourcemap', '--outDir', build, '--logLevel', 'error'], {
      cwd: ROOT,
      // Unminified: the scan follows a callback by its name (electron.vite.config.ts).
      env: { ...process.env, AIRGAP_UNMINIFIED: '1' },
      stdio: 'pipe',
      timeout: 180_000,
    });
  } catch (error) {
    const out = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`electron-vite build failed, nothing to scan:\n${out.slice(-2000)}`, { cause: error });
  }
  for (const file of walk(build)) {
    if (/\.(js|cjs|mjs)$/.test(file)) {
      // Electronegativity only reads .js/.ts/.html: give the CommonJS preload a scannable twin.
      const scanned = file.endsWith('.js') ? file : `${file}.scan.js`;
      if (scanned !== file) copyFileSync(file, scanned);
      if (existsSync(`${file}.map`)) maps.set(scanned, `${file}.map`);
    }
  }
}, 200_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * pdf.js (the attachment preview, issue 18) is written with ES2022 `#private` class fields, which
 * electronegativity's parser cannot read ("Unknown node type PrivateName"); not even pdf.js's legacy
 * build avoids them. Its chunks (the lazily loaded viewer and its worker) are third-party rendering
 * code that calls no Electron API, in the sandboxed renderer under the same CSP: that one parse error
 * of those files only is accepted, any other error of any file still fails.
 */
function isPdfJsSyntax(error: { file: string; message: string }): boolean {
  return /(^|\/)(pdf-document|pdf\.worker)[^/]*\.m?js$/.test(error.file) && /PrivateName/.test(error.message);
}

const DISABLE = /(?:\/\/|\/\*)[ \t]*eng-disable[ \t]+([A-Z0-9_]+)[ \t]+(\S.{9,})/i;

/** Why a finding is acceptable, or null when nothing on its source line says so. */
function justification(issue: EngIssue, mapFile: string | undefined): string | null {
  if (!mapFile) return null;
  const origin = originalLine(mapFile, issue.location.line, issue.location.column);
  const match = origin ? DISABLE.exec(origin.text) : null;
  if (!origin || !match || match[1]?.toUpperCase() !== issue.id.toUpperCase()) return null;
  return `${relative(ROOT, origin.source)}:${origin.line}: ${match[2]}`;
}

function describeIssue(issue: EngIssue): string {
  const where = `${relative(work, issue.file)}:${issue.location.line}:${issue.location.column}`;
  const sample = (issue.sample ?? '').trim().slice(0, 160);
  const hint = issue.file.endsWith('.html')
    ? '\n    (HTML: add <!-- eng-disable ID plain words why --> on that line; index.html gets its CSP line from electron.vite.config.ts)'
    : '';
  return `${issue.id} at ${where} — ${issue.description ?? ''}${sample ? `\n    ${sample}` : ''}${hint}`;
}

describe('electronegativity on the built app', () => {
  let result: EngResult;

  beforeAll(async () => {
    result = await runElectronegativity(build, ELECTRON_VERSION);
  }, 120_000);

  it('parsed every built file and ran its checks', () => {
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.globalChecks).toBeGreaterThan(3);
    expect(result.errors.filter((e) => !e.tolerable && !isPdfJsSyntax(e))).toEqual([]);
    expect([...maps.keys()].map((f) => relative(build, f))).toEqual(expect.arrayContaining(['main/main.js', 'preload/preload.cjs.scan.js']));
  });

  it('has no finding without a justification on its source line', () => {
    const unjustified: string[] = [];
    for (const issue of result.issues) {
      const why = justification(issue, maps.get(issue.file));
      if (why) console.info(`accepted ${issue.id}: ${why}`);
      else unjustified.push(describeIssue(issue));
    }
    expect(unjustified, `unjustified electronegativity findings:\n${unjustified.join('\n')}`).toEqual([]);
  });

  it('maps bundled lines back to their source (so justifications are found where they are written)', () => {
    const mainJs = join(build, 'main/main.js');
    const lines = readFileSync(mainJs, 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes('new BrowserWindow('));
    expect(index).toBeGreaterThanOrEqual(0);
    const origin = originalLine(`${mainJs}.map`, index + 1, lines[index]!.indexOf('new BrowserWindow('));
    expect(origin && relative(ROOT, origin.source)).toBe(join('src-main', 'main.ts'));
    expect(origin?.text).toContain('new BrowserWindow(');
  });
});

describe('the built preload', () => {
  it('requires nothing but electron (a sandboxed preload cannot load anything else)', () => {
    const code = readFileSync(join(build, 'preload/preload.cjs'), 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});

describe('the gate can fail', () => {
  it('flags an insecure window (nodeIntegration on, no isolation, no sandbox)', async () => {
    const { issues } = await runElectronegativity(join(FIXTURES, 'insecure'), ELECTRON_VERSION);
    const ids = issues.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  }, 60_000);

  it('honours an eng-disable comment on the flagged line, and only for the named check', async () => {
    const { issues } = await runElectronegativity(join(FIXTURES, 'justified'), ELECTRON_VERSION);
    const ids = issues.map((i) => i.id);
    expect(ids).not.toContain('NODE_INTEGRATION_JS_CHECK');
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
  }, 60_000);
});
