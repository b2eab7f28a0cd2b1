#!/usr/bin/env node
// `npm test`: every suite in turn, then ONE closing line `N passed, M failed` summing them all.
// Suites: typecheck, lint, formatter check (prettier), layer check, build, package contents (each counts as one check), unit tests (vitest),
// e2e tests (Playwright in Debian Chromium against the built renderer), and the Electron smoke tests
// where an Electron binary exists (otherwise one line says they were skipped and why).
import { Buffer } from 'node:buffer';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findElectronBinary } from './lib/electron-binary.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

function suite(label, ok, counts) {
  if (!counts) {
    totals.failed += 1;
    summary.push(`${label}: FAILED (no report)`);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) totals.failed += 1; // the runner failed outside any test
  summary.push(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(report) {
  if (!report) return null;
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(report) {
  if (!report?.stats) return null;
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const npx = (bin) => `node_modules/.bin/${bin}`;

/** Runs a command with its output kept, for checks that run side by side. */
function runQuiet(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(output).toString() }));
  });
}

/**
 * The static checks (package.json's typecheck, lint and format:check, and the layer check) run side by
 * side (each is one Node process; the two cores were half idle when
 * they ran one after the other), their output printed in this order once all have ended.
 * A check of several commands (the three TypeScript projects) passes when each of them does.
 */
async function parallelChecks(checks) {
  const results = await Promise.all(checks.map(({ commands }) => Promise.all(commands.map(([command, args]) => runQuiet(command, args)))));
  checks.forEach(({ label, commands }, i) => {
    console.log(`\n=== ${label}: ${commands.map(([command, args]) => [command, ...args].join(' ')).join(' && ')}`);
    for (const { output } of results[i]) process.stdout.write(output);
    const ok = results[i].every((r) => r.ok);
    totals[ok ? 'passed' : 'failed'] += 1;
    summary.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
  });
}

const tsc = (project) => [npx('tsc'), ['-p', project, '--noEmit']];
await parallelChecks([
  { label: 'typecheck', commands: [tsc('tsconfig.node.json'), tsc('tsconfig.web.json'), tsc('tsconfig.e2e.json')] },
  { label: 'lint', commands: [[npx('eslint'), ['.', '--max-warnings=0']]] },
  { label: 'format', commands: [[npx('prettier'), ['--check', '.']]] },
  ...(existsSync('../shared/tools/check-layers.mjs') ? [{ label: 'layers', commands: [[process.execPath, ['../shared/tools/check-layers.mjs', '.']]] }] : []),
]);
const built = check('build', npx('electron-vite'), ['build']);
// What the installers would carry (electron-builder packs app.asar against a stand-in Electron): ≈ 5 s.
if (built) check('package contents', process.execPath, ['scripts/check-package.mjs']);
else summary.push('package contents: not run (build failed)');

const unitOk = run('unit tests', npx('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
suite('unit', unitOk, vitestCounts(readJson('test-results/vitest.json')));

if (built) {
  const e2eOk = run('e2e tests (Chromium)', npx('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' });
  suite('e2e', e2eOk, playwrightCounts(readJson('test-results/e2e.json')));
} else {
  totals.failed += 1;
  summary.push('e2e: not run (build failed)');
}

const electron = findElectronBinary();
if ('path' in electron && built) {
  const ok = run('electron smoke tests', npx('playwright'), ['test', '-c', 'tests/electron/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/electron.json',
  });
  suite('electron', ok, playwrightCounts(readJson('test-results/electron.json')));
} else {
  const why = 'path' in electron ? 'the build failed' : `no Electron binary: ${electron.missing}`;
  console.log(`\nElectron smoke tests skipped: ${why}.`);
  summary.push(`electron: skipped (${why})`);
}

console.log('\n=== summary');
for (const line of summary) console.log(`  ${line}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 ? 0 : 1);
