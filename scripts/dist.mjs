#!/usr/bin/env node
// `npm run dist [-- electron-builder args]`: installers for the approved media (electron-builder.yml), their
// SHA-256 sums in dist/SHA256SUMS. Stops at once, in one line, where this machine has no Electron binary.
//   npm run dist                      every target of electron-builder.yml
//   npm run dist -- --linux deb --arm64
import { spawnSync } from 'node:child_process';
import { runDist } from './lib/dist-steps.mjs';
import { findElectronBinary } from './lib/electron-binary.mjs';

const code = await runDist({
  findElectron: findElectronBinary,
  run: (label, command, args) => {
    console.log(`\n=== ${label}`);
    return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
  },
  builderArgs: process.argv.slice(2),
  outDir: 'dist',
});
process.exit(code);
