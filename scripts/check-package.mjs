#!/usr/bin/env node
// Package-content check (part of `npm test`, after the build): packs app.asar with electron-builder as the
// installers would and fails when it holds anything but the built main, preload, renderer and package.json,
// grows past its ceiling, the binary's fuses differ from the policy, or the deb's desktop entry loses its Chinese
// name or the .age association.   node scripts/check-package.mjs [--project DIR]
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { desktopEntryProblems, fuseProblems, inspectAsar, packApp, resourcesProblems } from './lib/package-contents.mjs';

const at = process.argv.indexOf('--project');
const project = at > 0 ? process.argv[at + 1] : '.';
if (!existsSync(join(project, 'out/renderer/index.html'))) {
  console.error('package check: out/renderer/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
let packed;
try {
  packed = await packApp(project);
} catch (error) {
  console.error(`package check: electron-builder failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
try {
  const { files, bytes, problems } = inspectAsar(packed.asarPath);
  // electron-builder flipped the fuses in the stand-in's wire exactly as it does in the real binary.
  problems.push(...(await fuseProblems(packed.executable)));
  problems.push(...resourcesProblems(readdirSync(dirname(packed.asarPath))));
  // The deb's desktop entry and MIME type, as electron-builder writes them (Linux packs only: the stand-in is one).
  if (packed.desktopEntry !== undefined) problems.push(...desktopEntryProblems(packed.desktopEntry, packed.mimeXml ?? null));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length > 0) {
    console.error(`package check FAILED (app.asar: ${files.length} files, ${bytes} bytes):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  } else {
    const entry = packed.desktopEntry === undefined ? '' : `; deb desktop entry: ${packed.desktopEntry.trim().split('\n').slice(1).join(' | ')}`;
    console.log(
      `package check: fuses set; app.asar holds ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB: ${files.join(', ')}${entry} (${seconds} s)`,
    );
  }
} finally {
  packed.cleanup();
}
