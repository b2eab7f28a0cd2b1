import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The installer settings a security officer signs off, read from the file electron-builder reads. */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const ROOT = join(import.meta.dirname, '../../..');
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('electron-builder.yml', () => {
  it('flips the hardening fuses', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('never updates itself: no publish provider, no electron-updater anywhere', () => {
    expect(config).toHaveProperty('publish', null);
    const all = { ...pkg['dependencies'], ...pkg['devDependencies'] };
    expect(Object.keys(all).filter((name) => /updater/.test(name))).toEqual([]);
    expect(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).not.toContain('node_modules/electron-updater');
  });

  it('installs per machine, offers the folder, keeps the data on uninstall', () => {
    expect(config['nsis']).toMatchObject({ oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false });
    expect((config['nsis'] as Record<string, unknown>)['installerLanguages']).toEqual(['zh_CN', 'en_US']);
  });

  it('packs only the built app, without copying node_modules', () => {
    expect(config['files']).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map']);
    expect(config['beforeBuild']).toBe('scripts/builder/before-build.cjs');
  });

  it('builds deb and AppImage for x64 and arm64 with a Chinese desktop entry and the .age association', () => {
    const linux = config['linux'] as { target: { target: string; arch: string[] }[]; desktop: { entry: Record<string, string> } };
    expect(linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(linux.desktop.entry).toMatchObject({ 'Name[zh_CN]': '离线客户管理系统', 'Comment[zh_CN]': expect.stringContaining('离线客户管理') });
    expect(config['fileAssociations']).toEqual([expect.objectContaining({ ext: 'age', mimeType: 'application/x-airgap-crm-archive' })]);
  });

  it("keeps electron-builder's deb dependencies (its list is replaced, not extended) and adds what Electron links besides", () => {
    const builderDefaults = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];
    const fpm = readFileSync(join(ROOT, 'node_modules/app-builder-lib/out/targets/FpmTarget.js'), 'utf8');
    expect(fpm).toContain(JSON.stringify(builderDefaults).replace(/,/g, ', '));
    expect((config['deb'] as { depends: string[] }).depends).toEqual([...builderDefaults, 'libasound2', 'libgbm1']);
  });

  it('names artifacts without spaces', () => {
    expect(config['artifactName']).not.toMatch(/\s|productName/);
    expect((config['nsis'] as Record<string, string>)['artifactName']).not.toMatch(/\s|productName/);
  });
});

describe('the beforeBuild hook', () => {
  it('answers false, so electron-builder copies no node_modules into app.asar', async () => {
    const hook = require(join(ROOT, 'scripts/builder/before-build.cjs')) as () => Promise<boolean>;
    expect(await hook()).toBe(false);
  });
});
