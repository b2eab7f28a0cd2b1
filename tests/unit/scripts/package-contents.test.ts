import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import * as contents from '../../../scripts/lib/package-contents.mjs';

const { desktopEntryProblems, fuseProblems, importsOf, inspectAsar, MAX_ASAR_BYTES, problemOf, resourcesProblems } = contents;

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { createPackage(src: string, dest: string): Promise<void> };
const ROOT = join(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'airgap-pkg-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Inspection = { files: string[]; bytes: number; problems: string[] };

/** A tree shaped like the built app: `out/` (main, preload, renderer) and package.json. */
function builtApp(dir: string, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'airgap-crm', version: '0.1.0', main: 'out/main/main.js', type: 'module' }),
    'out/main/main.js': 'import { app } from "electron";\nimport { join } from "node:path";\napp.whenReady();\n',
    'out/preload/preload.cjs': 'const { contextBridge } = require("electron");\n',
    'out/renderer/index.html': '<!doctype html><title>Airgap CRM</title>',
    'out/renderer/assets/index-abc.js': 'console.log(1);\n',
    'out/renderer/assets/index-abc.css': 'body{}\n',
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

let counter = 0;
async function inspect(extra: Record<string, string> = {}, options: { maxBytes?: number } = {}): Promise<Inspection> {
  const dir = join(temp, `app-${++counter}`);
  builtApp(dir, extra);
  const file = join(temp, `app-${counter}.asar`);
  await asar.createPackage(dir, file);
  return inspectAsar(file, options) as Inspection;
}

describe('what an app.asar may hold', () => {
  it('accepts the built main, preload, renderer and package.json', async () => {
    const result = await inspect();
    expect(result.problems).toEqual([]);
    expect(result.files).toContain('out/main/main.js');
    expect(MAX_ASAR_BYTES).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('names each kind of file that must not ship', () => {
    expect(problemOf('out/renderer/assets/index-abc.js.map')).toBe('source map');
    expect(problemOf('out/main/main.test.js')).toBe('test file');
    expect(problemOf('tests/unit/x.ts')).toBe('test file');
    expect(problemOf('tests/bench/data.json')).toBe('test file');
    expect(problemOf('bench/customers.ndjson')).toBe('bench data');
    expect(problemOf('.env')).toBe('.env file');
    expect(problemOf('out/.env.local')).toBe('.env file');
    expect(problemOf('node_modules/zod/index.js')).toMatch(/node_modules/);
    expect(problemOf('docs/INSTALL.md')).toBe('documentation');
    expect(problemOf('src-main/main.ts')).toBe('TypeScript source');
    expect(problemOf('electron-builder.yml')).toBe('not part of the built app');
    expect(problemOf('out/renderer/assets/index-abc.js')).toBeNull();
    expect(problemOf('out/renderer/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).toBeNull();
    expect(problemOf('out/renderer/pdfjs/wasm/jbig2.wasm')).toBeNull();
    expect(problemOf('out/renderer/pdfjs/wasm/quickjs-eval.js')).toBe('not part of the built app');
  });

  it('fails on a planted source map, test file or .env, and on missing parts', async () => {
    const result = await inspect({ 'out/renderer/assets/index-abc.js.map': '{}', 'out/main/main.test.js': '', 'out/.env': 'A=1' });
    expect(result.problems).toEqual(
      expect.arrayContaining(['out/renderer/assets/index-abc.js.map: source map', 'out/main/main.test.js: test file', 'out/.env: .env file']),
    );
    const dir = builtApp(join(temp, 'no-preload'));
    rmSync(join(dir, 'out/preload'), { recursive: true });
    await asar.createPackage(dir, join(temp, 'no-preload.asar'));
    expect((inspectAsar(join(temp, 'no-preload.asar')) as Inspection).problems).toEqual(['out/preload/preload.cjs: missing']);
  });

  it('fails when main imports a package the asar does not contain, or points at a source map', async () => {
    const result = await inspect({ 'out/main/main.js': 'import { z } from "zod";\nconst x = require("fs");\n//# sourceMappingURL=main.js.map\n' });
    expect(result.problems).toEqual([
      'out/main/main.js: imports "zod", which the package does not contain',
      'out/main/main.js: imports "fs", which the package does not contain',
      'out/main/main.js: points at a source map',
    ]);
    expect(importsOf('import "./a.js"; import("node:fs"); export * from "electron";')).toEqual(['electron', 'node:fs', './a.js']);
  });

  it('fails over the size ceiling', async () => {
    const result = await inspect({}, { maxBytes: 100 });
    expect(result.problems).toEqual([expect.stringMatching(/^app\.asar is \d+ bytes, over the ceiling of 100$/)]);
  });
});

describe('beside app.asar', () => {
  it('allows only the AppArmor profile, and names an update channel', () => {
    expect(resourcesProblems(['app.asar', 'apparmor-profile'])).toEqual([]);
    expect(resourcesProblems(['app.asar', 'app-update.yml', 'app.asar.unpacked'])).toEqual([
      'resources/app-update.yml: an update channel (publish must stay null)',
      'resources/app.asar.unpacked: outside app.asar',
    ]);
    expect(resourcesProblems([])).toEqual(['resources/app.asar: missing']);
  });
});

describe('the fuses of a packaged binary', () => {
  const binary = (wire: string) => {
    const file = join(temp, `electron-${wire}`);
    writeFileSync(file, Buffer.concat([Buffer.from('ELF…dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), Buffer.from(`${wire}…`)]));
    return file;
  };

  it('accepts the hardened wire and names every fuse left as Electron ships it', async () => {
    expect(await fuseProblems(binary('01001110'))).toEqual([]);
    expect(await fuseProblems(binary('10110001'))).toEqual([
      'fuse runAsNode is on, must be off',
      'fuse enableCookieEncryption is off, must be on',
      'fuse enableNodeOptionsEnvironmentVariable is on, must be off',
      'fuse enableNodeCliInspectArguments is on, must be off',
      'fuse enableEmbeddedAsarIntegrityValidation is off, must be on',
      'fuse onlyLoadAppFromAsar is off, must be on',
      'fuse grantFileProtocolExtraPrivileges is on, must be off',
    ]);
  });
});

describe("the deb's desktop entry", () => {
  const entry = [
    '[Desktop Entry]',
    'Name=Airgap CRM',
    'Exec="/opt/Airgap CRM/airgap-crm" %U',
    'Name[zh_CN]=离线客户管理系统',
    'Comment[zh_CN]=离线客户管理系统（客户档案）',
    'Comment=Offline CRM for isolated networks',
    'MimeType=application/x-airgap-crm-archive;',
    'Categories=Office;',
    '',
  ].join('\n');
  const mime = '<mime-info><mime-type type="application/x-airgap-crm-archive">\n  <glob pattern="*.age"/>\n  <comment>x</comment></mime-type></mime-info>';

  it('accepts a Chinese name and comment, the Office menu, %U and the .age MIME type', () => {
    expect(desktopEntryProblems(entry, mime)).toEqual([]);
  });

  it('names what is lost: English-only names, no %U, no association', () => {
    const lost = entry
      .replace('Name[zh_CN]=离线客户管理系统', 'Name[zh_CN]=Airgap CRM')
      .replace('Comment[zh_CN]=离线客户管理系统（客户档案）\n', '')
      .replace(' %U', '')
      .replace('MimeType=application/x-airgap-crm-archive;\n', '')
      .replace('Categories=Office;', 'Categories=Utility;');
    expect(desktopEntryProblems(lost, null)).toEqual([
      'desktop entry: Name[zh_CN] is not in Chinese (Airgap CRM)',
      'desktop entry: Comment[zh_CN] is not in Chinese (missing)',
      'desktop entry: Categories is Utility;, not Office',
      'desktop entry: Exec does not pass the opened files ("/opt/Airgap CRM/airgap-crm")',
      'desktop entry: MimeType lacks application/x-airgap-crm-archive',
      'mime XML: *.age is not mapped to application/x-airgap-crm-archive',
    ]);
    expect(desktopEntryProblems(entry, mime.replace('*.age', '*.zip'))).toEqual(['mime XML: *.age is not mapped to application/x-airgap-crm-archive']);
  });
});

describe('scripts/check-package.mjs (electron-builder packs a temp copy of the project)', () => {
  it('fails on a planted test file and source map, on fuses left unflipped, a lost .age association and an update channel, in a copy whose config lost those guards', () => {
    const project = join(temp, 'project');
    builtApp(project, {
      'out/main/planted.test.js': 'export {};\n',
      'out/renderer/assets/index-abc.js.map': '{"version":3}',
    });
    copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'));
    mkdirSync(join(project, 'scripts/builder'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts/builder/before-build.cjs'), join(project, 'scripts/builder/before-build.cjs'));
    const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(config).toContain('"!**/*.map"');
    const weakened = config
      .replace('  - "!**/*.map"\n', '')
      .replace(/^electronFuses:\n( {2}.*\n)+/m, '')
      .replace(/^fileAssociations:\n( {2}.*\n)+/m, '')
      .replace(/^publish: null$/m, 'publish: { provider: generic, url: "http://127.0.0.1/updates" }');
    expect(weakened).not.toContain('electronFuses');
    expect(weakened).not.toContain('fileAssociations');
    expect(weakened).toContain('provider: generic');
    writeFileSync(join(project, 'electron-builder.yml'), weakened);

    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-package.mjs'), '--project', project], { encoding: 'utf8', cwd: ROOT });
    expect(run.stderr).toContain('package check FAILED');
    expect(run.stderr).toContain('out/main/planted.test.js: test file');
    expect(run.stderr).toContain('out/renderer/assets/index-abc.js.map: source map');
    expect(run.stderr).toContain('fuse runAsNode is on, must be off');
    expect(run.stderr).toContain('fuse onlyLoadAppFromAsar is off, must be on');
    expect(run.stderr).toContain('desktop entry: MimeType lacks application/x-airgap-crm-archive');
    expect(run.stderr).toContain('resources/app-update.yml: an update channel (publish must stay null)');
    expect(run.status).toBe(1);
  }, 90_000);
});
