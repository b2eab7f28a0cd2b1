#!/usr/bin/env node
// `npm run test:roundtrip`: the backup/exchange round-trip property test (tests/unit/data/roundtrip/,
// docs/exchange.md "What the app writes, it can read back") run long, nightly-style. `npm test` runs
// the same test bounded. Defaults: 500 runs of up to 80 steps and the table of what each action did;
// ROUNDTRIP_RUNS, ROUNDTRIP_STEPS and ROUNDTRIP_SEED (replay a failure) override.
import { spawnSync } from 'node:child_process';

const env = { ROUNDTRIP_RUNS: '500', ROUNDTRIP_STEPS: '80', ROUNDTRIP_STATS: '1', ...process.env };
console.log(`round trip: ${env.ROUNDTRIP_RUNS} runs of up to ${env.ROUNDTRIP_STEPS} steps${env.ROUNDTRIP_SEED ? `, seed ${env.ROUNDTRIP_SEED}` : ''}`);
const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/data/roundtrip/roundtrip.property.test.ts', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
