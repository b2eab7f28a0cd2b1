#!/usr/bin/env node
// `npm run archive -- <command>`: the archive CLI (src-main/cli/main.ts). Node 20 cannot run
// TypeScript, so the CLI is bundled once with rolldown (already here as vite 8's bundler) into
// out/cli/archive.mjs, and again whenever a source is newer than the bundle; then it runs in this
// same process, so its exit status is ours.
import { readdirSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src-main/cli/main.ts');
const BUNDLE = join(ROOT, 'out/cli/archive.mjs');
// What the bundle is made of: the CLI, the core it imports, the dependencies and this recipe.
const SOURCES = ['src-main/cli', 'src-renderer/core', 'package.json', 'package-lock.json', 'scripts/archive.mjs'];

function newestMtime(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file only changes its folder's mtime
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

async function build() {
  const { rolldown } = await import('rolldown');
  // Everything is inlined (≈ 1 MB): the bundle then runs from out/cli without resolving packages.
  const bundle = await rolldown({ input: ENTRY, platform: 'node', cwd: ROOT, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'esm', banner: '// Built by scripts/archive.mjs from src-main/cli. Do not edit.' });
    mkdirSync(dirname(BUNDLE), { recursive: true });
    // Temp file and rename: two builds at once (parallel test files) never leave half a bundle.
    const tmp = `${BUNDLE}.${process.pid}.tmp`;
    writeFileSync(tmp, output[0].code);
    renameSync(tmp, BUNDLE);
  } finally {
    await bundle.close();
  }
}

if (isStale()) {
  try {
    await build();
  } catch (error) {
    // A build failure is a developer's problem: show the bundler's message, not a stack.
    process.stderr.write(`error: could not build the archive tool: ${String(error?.message ?? error).trim()}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(BUNDLE).href);
