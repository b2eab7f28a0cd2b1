import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { missingElectronLine, runDist } from '../../../scripts/lib/dist-steps.mjs';
// @ts-expect-error plain ESM script without type declarations
import { filesUnder, installersIn, writeSha256Sums } from '../../../scripts/lib/sha256sums.mjs';

const temp = mkdtempSync(join(tmpdir(), 'airgap-dist-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Run = (label: string, command: string, args: string[]) => boolean;

function harness(findElectron: () => object, onRun: Run = () => true) {
  const ran: string[] = [];
  const lines: string[] = [];
  const errors: string[] = [];
  const outDir = mkdtempSync(join(temp, 'dist-'));
  const deps = {
    findElectron,
    run: (label: string, command: string, args: string[]) => {
      ran.push(`${label}: ${args.join(' ')}`);
      return onRun(label, command, args);
    },
    builderArgs: ['--linux', 'deb'],
    outDir,
    log: (line: string) => lines.push(line),
    error: (line: string) => errors.push(line),
  };
  return { deps, ran, lines, errors, outDir };
}

describe('npm run dist', () => {
  it('stops at once, in one Chinese/English line, where the Electron binary is missing', async () => {
    const h = harness(() => ({ missing: 'node_modules/electron has no binary' }));
    expect(await runDist(h.deps)).toBe(2);
    expect(h.ran).toEqual([]); // not even the build
    expect(h.errors).toEqual([missingElectronLine('node_modules/electron has no binary')]);
    expect(h.errors[0]).toMatch(/^无法制作安装包：本机没有 Electron 程序.*npm install.* \/ Cannot build installers: no Electron binary/);
    expect(h.errors[0]).not.toContain('\n');
    // The technical reason (English) stays in the English half; both halves say how to get the binary.
    const [chinese, english] = h.errors[0]!.split(' / ');
    expect(chinese).not.toContain('has no binary');
    expect(chinese).toContain('ELECTRON_MIRROR');
    expect(english).toContain('(node_modules/electron has no binary)');
  });

  it('with Electron: builds, checks the package, runs electron-builder, then writes SHA256SUMS beside the installers', async () => {
    const h = harness(
      () => ({ path: '/opt/electron' }),
      (label) => {
        if (label === 'installers') {
          writeFileSync(join(h.outDir, 'airgap-crm-0.1.0-linux-amd64.deb'), 'deb bytes');
          writeFileSync(join(h.outDir, 'airgap-crm-0.1.0-linux-x86_64.AppImage'), 'appimage bytes');
          writeFileSync(join(h.outDir, 'builder-debug.yml'), 'not an installer');
        }
        return true;
      },
    );
    expect(await runDist(h.deps)).toBe(0);
    expect(h.ran).toEqual([
      'build: node_modules/electron-vite/bin/electron-vite.js build',
      'package contents: scripts/check-package.mjs',
      'installers: node_modules/electron-builder/cli.js --publish never --linux deb',
    ]);
    const sums = readFileSync(join(h.outDir, 'SHA256SUMS'), 'utf8');
    expect(sums.trim().split('\n')).toEqual([
      expect.stringMatching(/^[0-9a-f]{64} {2}airgap-crm-0\.1\.0-linux-amd64\.deb$/),
      expect.stringMatching(/^[0-9a-f]{64} {2}airgap-crm-0\.1\.0-linux-x86_64\.AppImage$/),
    ]);
    // The format coreutils reads (present on every Linux this runs on).
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: h.outDir, encoding: 'utf8' })).toContain('airgap-crm-0.1.0-linux-amd64.deb: OK');
  });

  it('stops when a step fails (a failed package check never reaches electron-builder)', async () => {
    const h = harness(
      () => ({ path: '/opt/electron' }),
      (label) => label !== 'package contents',
    );
    expect(await runDist(h.deps)).toBe(1);
    expect(h.ran.map((r) => r.split(':')[0])).toEqual(['build', 'package contents']);
  });

  it('fails when electron-builder left no installer', async () => {
    const h = harness(() => ({ path: '/opt/electron' }));
    expect(await runDist(h.deps)).toBe(1);
    expect(h.errors[0]).toContain('wrote no installer');
  });
});

describe('SHA256SUMS', () => {
  it('hashes nested files with forward slashes and sha256sum -c detects a changed file', async () => {
    const dir = join(temp, 'tree');
    mkdirSync(join(dir, 'app/assets'), { recursive: true });
    writeFileSync(join(dir, 'start.sh'), '#!/bin/sh\n');
    writeFileSync(join(dir, 'app/assets/index.js'), 'x');
    expect(filesUnder(dir)).toEqual(['app/assets/index.js', 'start.sh']);
    const text = await writeSha256Sums(dir, filesUnder(dir));
    expect(text).toContain('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881  app/assets/index.js\n');
    expect(filesUnder(dir)).not.toContain('SHA256SUMS');
    writeFileSync(join(dir, 'start.sh'), '#!/bin/sh\nrm -rf ~\n');
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
    expect(installersIn(dir)).toEqual([]);
  });
});
