import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
// @ts-expect-error plain ESM script without type declarations
import { packApp } from '../../scripts/lib/package-contents.mjs';
import { electronBinaryPath, electronMissingReason } from './has-electron.mjs';

/**
 * The fuses electron-builder.yml asks for, read back from a packaged binary: electron-builder packs this
 * project for this platform from the local Electron (node_modules/electron/dist) and flips them as it does for
 * the installers. Needs the Electron binary; elsewhere it skips with one line. (Without it, `npm test`'s
 * package check still proves electron-builder flips them, in a stand-in carrying Electron's fuse wire.)
 */
/** The wire stores each fuse as the character '0' or '1' (FuseState in @electron/fuses, which its index does not export). */
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = electronMissingReason();
// Skipped only where there is no Electron binary to pack (machines that cannot reach GitHub, like our CI).
test.skip(missing !== null, missing ?? '');
if (missing && !process.env['TEST_WORKER_INDEX']) console.log(`fuses: ${missing}`);

test('the packaged binary has the hardening fuses flipped as electron-builder.yml says', async () => {
  test.setTimeout(300_000);
  const binary = electronBinaryPath()!;
  // node_modules/electron/dist (on macOS the binary sits inside Electron.app inside it).
  const dist = binary.includes('.app/') ? binary.slice(0, binary.indexOf('/Electron.app/')) : dirname(binary);
  expect(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')).toContain('electronFuses:');
  const packed = (await packApp(ROOT, { electronDist: dist })) as { executable: string; cleanup: () => void };
  try {
    const wire = await getCurrentFuseWire(packed.executable);
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      onlyAsar: FuseState.ENABLE,
      asarIntegrity: FuseState.ENABLE,
      cookieEncryption: FuseState.ENABLE,
      fileProtocol: FuseState.DISABLE,
    });
  } finally {
    packed.cleanup();
  }
});
