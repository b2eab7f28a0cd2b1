import type { ArchiveUnlock } from '../../src-renderer/core/archive-file';
import { MIN_PASSPHRASE_LENGTH } from '../../src-renderer/core/passphrase';
import { parseIdentityFile } from '../../src-renderer/core/recovery-key';
import { all, optional, type ParsedArgs } from './args';
import { CliError, clean } from './errors';
import { readSmallText } from './files';

/**
 * Reading the key material the commands take as files. Keys are checked here, with a message naming
 * the file, so that the archive core never sees a malformed key (its `bad-lock` means a program bug).
 */
const RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
const HEX32 = /^[0-9a-fA-F]{64}$/;

/** Lines of a key file without comments (`# …`) and blank lines, as age-keygen writes them. */
function keyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** An age identity file: one or more `AGE-SECRET-KEY-1…` lines (age-keygen's format). */
export async function readIdentities(path: string): Promise<string[]> {
  const lines = parseIdentityFile(await readSmallText(path, 'identity file'));
  if (!lines) throw new CliError(`${clean(path)} is not an age X25519 identity file (AGE-SECRET-KEY-1… lines)`);
  return lines;
}

/**
 * The first line of the file, without its line ending; nothing else is trimmed (spaces may be part of
 * a passphrase). The file may be a pipe: `--passphrase-file <(pass show gateway)`.
 */
export async function readPassphrase(path: string, forWriting: boolean): Promise<string> {
  const text = await readSmallText(path, 'passphrase file');
  const passphrase = text.split('\n')[0]!.replace(/\r$/, '');
  if (passphrase === '') throw new CliError(`the passphrase in ${clean(path)} is empty (口令为空)`);
  // Writing follows the app's backup rule; reading accepts whatever a file was locked with.
  if (forWriting && [...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new CliError(`the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters (口令至少需要 ${MIN_PASSPHRASE_LENGTH} 个字符)`);
  }
  return passphrase;
}

/** 64 hex digits (an Ed25519 key), the only key line of the file. */
export async function readHexKey(path: string, what: 'signing key' | 'public key'): Promise<string> {
  const lines = keyLines(await readSmallText(path, `${what} file`));
  if (lines.length !== 1 || !HEX32.test(lines[0]!)) throw new CliError(`${clean(path)} is not a ${what} file (64 hex digits)`);
  return lines[0]!.toLowerCase();
}

export function checkRecipients(recipients: readonly string[]): void {
  for (const recipient of recipients) {
    if (RECIPIENT.test(recipient)) continue;
    const hint = recipient.startsWith('age1pq') ? ': post-quantum recipients cannot be opened by Debian age 1.1' : '';
    throw new CliError(`--recipient "${clean(recipient, 70)}" is not an age X25519 recipient (age1…, 62 characters)${hint}`);
  }
}

/** `--identity F` (repeatable) or `--passphrase-file F`, exactly one kind. */
export async function unlockFrom(args: ParsedArgs): Promise<ArchiveUnlock> {
  const identities = all(args, 'identity');
  const passphraseFile = optional(args, 'passphrase-file');
  if (identities.length > 0 && passphraseFile) throw new CliError('give --identity or --passphrase-file, not both');
  if (passphraseFile) return { passphrase: await readPassphrase(passphraseFile, false) };
  if (identities.length === 0) throw new CliError('missing --identity FILE or --passphrase-file FILE');
  const keys: string[] = [];
  for (const path of identities) keys.push(...(await readIdentities(path)));
  return { identities: keys };
}
