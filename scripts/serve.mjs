#!/usr/bin/env node
// Serves the built renderer (out/renderer) on 127.0.0.1. Used by the e2e tests and `npm start`.
//   node scripts/serve.mjs [--port N]
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.mjs';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
if (!existsSync('out/renderer/index.html')) {
  console.error('out/renderer/index.html is missing: run `npm run build` first.');
  process.exit(1);
}
const server = await startStaticServer('out/renderer', { port });
console.log(`Airgap CRM UI: ${server.url}`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
