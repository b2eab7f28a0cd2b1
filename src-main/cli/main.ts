import { describeError, clean, CliError } from './errors';
import { inspect, verify } from './commands/inspect';
import { keygen } from './commands/keygen';
import { pack } from './commands/pack';
import { sample } from './commands/sample';
import { unpack } from './commands/unpack';
import { USAGE } from './usage';

/**
 * Entry of `npm run archive -- <command>` (bundled by scripts/archive.mjs into out/cli/archive.mjs).
 * Whatever happens, the terminal sees one `error: …` line and exit status 1 — a stack trace would
 * tell the gateway officer nothing and could quote file contents.
 */
const COMMANDS: Record<string, (argv: readonly string[]) => Promise<number>> = { keygen, sample, pack, inspect, verify, unpack };

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError('missing command (see: npm run archive -- help)');
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) throw new CliError(`unknown command "${clean(command, 40)}" (commands: ${Object.keys(COMMANDS).join(', ')}; see: npm run archive -- help)`);
  return handler(rest);
}

let failed = false;
function fail(error: unknown): void {
  // Only the first failure is reported: a later one (a stream torn down after it) is its echo.
  if (failed) return;
  failed = true;
  process.stderr.write(`error: ${clean(describeError(error), 500)}\n`);
  process.exitCode = 1;
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
// `inspect … | head` closes the pipe early; that is not an error worth a line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') fail(error);
});

run(process.argv.slice(2)).then((code) => {
  if (!failed) process.exitCode = code;
}, fail);
