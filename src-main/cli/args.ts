import { CliError } from './errors';

/**
 * A small, strict argument parser: every command declares its options, and anything else is a
 * usage error (one line) rather than silently ignored — a mistyped `--signer` must not turn a
 * signer check into a plain verify.
 */
export interface CommandSpec {
  /** Options that take a value (`--out F` or `--out=F`). */
  values: readonly string[];
  /** Values that may be given more than once (e.g. `--recipient`). */
  repeatable?: readonly string[];
  flags?: readonly string[];
  /** Names of the positional arguments, all required. */
  positionals?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
}

export function parseArgs(command: string, argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      parsed.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (spec.flags?.includes(name)) {
      if (eq >= 0) throw new CliError(`--${name} takes no value`);
      parsed.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`--${name} needs a value`);
      const list = parsed.values.get(name) ?? [];
      if (list.length > 0 && !spec.repeatable?.includes(name)) throw new CliError(`--${name} given twice`);
      parsed.values.set(name, [...list, value]);
    } else {
      throw new CliError(`unknown option --${name.slice(0, 40)} for "${command}" (see: npm run archive -- help)`);
    }
  }
  const names = spec.positionals ?? [];
  if (parsed.positionals.length < names.length) throw new CliError(`${command}: missing ${names[parsed.positionals.length]}`);
  if (parsed.positionals.length > names.length) throw new CliError(`${command}: unexpected argument "${parsed.positionals[names.length]!.slice(0, 60)}"`);
  return parsed;
}

export function optional(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.[0];
}

export function required(args: ParsedArgs, name: string): string {
  const value = optional(args, name);
  if (value === undefined) throw new CliError(`missing --${name}`);
  return value;
}

export function all(args: ParsedArgs, name: string): string[] {
  return args.values.get(name) ?? [];
}

/** A whole number within bounds, for options such as `--customers`. */
export function integer(args: ParsedArgs, name: string, min: number, max: number, fallback?: number): number {
  const text = fallback === undefined ? required(args, name) : optional(args, name);
  if (text === undefined) return fallback!;
  const n = /^[0-9]{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}
