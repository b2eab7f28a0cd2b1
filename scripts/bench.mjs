// npm run bench -- [--scale small|full] [--only NAME[,NAME…]] [--fresh] [--no-build] [--seed N] [--port N]
//
// Builds the app and the bench page, serves both on one origin, loads a deterministic synthetic
// institute into IndexedDB in Chromium (once per profile: it is kept in .bench/profile-<scale> and
// reused while scale, seed, generator and schema are unchanged), runs the measurements of
// tests/bench/measurements.mjs, prints a table (the machine and its load first; per row the floor,
// the figure and their ratio), writes bench-results.json ({ scale, seed, machine, rows }) and exits 1
// when a budget is missed or a measurement fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBenchContext } from '../tests/bench/context.mjs';
import { measurements } from '../tests/bench/measurements.mjs';
import { machineBlock, printTable } from '../tests/bench/report.mjs';
import { runMeasurements } from '../tests/bench/runner.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    only: { type: 'string', multiple: true },
    fresh: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20260630' },
    // IndexedDB belongs to an origin, port included: a fixed port is what lets a loaded profile be reused.
    port: { type: 'string', default: '47321' },
    help: { type: 'boolean', default: false },
  },
});
const log = (line) => console.log(line);

if (opts.help) {
  log(readUsage());
  process.exit(0);
}
if (!['small', 'full'].includes(opts.scale)) fail(`--scale must be small or full, not '${opts.scale}'`);
const seed = Number(opts.seed);
if (!Number.isInteger(seed) || seed < 0) fail('--seed must be a non-negative integer');

const only = (opts.only ?? []).flatMap((o) => o.split(',')).filter(Boolean);
const selected = only.length === 0 ? measurements.filter((m) => !m.optIn) : measurements.filter((m) => only.some((o) => m.name === o || m.name.startsWith(o)));
if (selected.length === 0) fail(`no measurement matches ${only.join(', ')}; known: ${measurements.map((m) => m.name).join(', ')}`);

let appBuilt = true;
if (!opts['no-build']) {
  appBuilt = run('app', ['electron-vite', 'build'], false);
  run('bench page', ['vite', 'build', '-c', 'tests/bench/vite.config.ts'], true);
}
appBuilt = appBuilt && existsSync(join(root, 'out/renderer/index.html'));
if (!existsSync(join(root, '.bench/page/bench.html'))) fail('the bench page is not built (.bench/page/bench.html)');
if (!appBuilt) log('warning: the app did not build; startup measurements will fail');

mkdirSync(join(root, 'out/renderer'), { recursive: true });
const server = await startStaticServer(join(root, 'out/renderer'), { port: Number(opts.port), extraRoots: { '/bench/': join(root, '.bench/page') } }).catch(
  (error) => fail(`cannot serve on 127.0.0.1:${opts.port} (${error.code ?? error.message}); another bench running? try --port`),
);
const ctx = createBenchContext({
  scale: opts.scale,
  seed,
  fresh: opts.fresh,
  appUrl: server.url,
  benchUrl: `${server.url}bench/bench.html`,
  profileRoot: join(root, '.bench'),
  appBuilt,
  log,
});

const loadStart = loadavg();
const chromiumVersion = await ctx.chromiumVersion().catch((error) => {
  log(`warning: cannot read the Chromium version (${error.message.split('\n')[0]})`);
  return null;
});
let rows;
try {
  log(`bench: scale ${opts.scale}, seed ${seed}, ${selected.map((m) => m.name).join(', ')}`);
  log(`bench: ${cpus().length} cores, load average ${loadStart.map((x) => x.toFixed(2)).join(' / ')}, Chromium ${chromiumVersion}`);
  // Each measurement on its own: one that fails or hangs becomes its row's error and the rest still run.
  rows = await runMeasurements(selected, ctx, { scale: opts.scale, log });
} finally {
  await ctx.close();
  await server.close();
}

// Loads done in this run are setup, reported for information (no budget).
const setupRows = ctx.setup.map((s) => ({
  name: `setup.load-${s.dataset}`,
  value: Number((s.ms / 1000).toFixed(1)),
  unit: 's',
  better: 'lower',
  scale: opts.scale,
  detail: s.counts,
  pass: true,
}));
const all = [...setupRows, ...rows];
const machine = machineBlock({
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  loadStart,
  loadEnd: loadavg(),
  chromium: chromiumVersion,
  node: process.version,
});
log('');
printTable(all, log, machine);
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify({ scale: opts.scale, seed, machine, rows: all }, null, 2)}\n`);
log('\nwrote bench-results.json');
const failed = rows.filter((r) => !r.pass);
if (failed.length > 0) {
  log(`${failed.length} measurement(s) missed a budget or failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}

function run(what, args, required) {
  log(`building ${what}…`);
  const started = Date.now();
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0) {
    log(`built ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  }
  log(`${what} build failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`);
  if (required) process.exit(1);
  return false;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function readUsage() {
  return `usage: npm run bench -- [--scale small|full] [--only NAME[,NAME…]] [--fresh] [--no-build] [--seed N] [--port N]
  --scale    dataset size: small (200 customers, 10,000 interactions) or full (10,000 / 50,000 / 500,000 / 50,000)
  --only     run only these measurements (a name or a prefix such as 'startup'); opt-in ones too:
             ${measurements.map((m) => m.name + (m.optIn ? ' (opt-in)' : '')).join(', ')}
  --fresh    delete the bench profiles and load the data again
  --no-build use the existing out/renderer and .bench/page builds`;
}
