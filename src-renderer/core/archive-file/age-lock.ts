import { AGE_VERSION_LINE } from './age-header';
import { ARMOR_BEGIN, ARMOR_END, decodeBase64 } from './armor';
import { ArchiveError } from './errors';

/**
 * How an age file is locked, read off its plain-text header without decrypting anything: the
 * header's stanzas say it — `-> scrypt …` for a passphrase, `-> X25519 …` for each recipient's
 * key. The import reads this right after a file is chosen, so it asks only for what the file needs
 * and refuses a file that is no age file before asking anything. Pure and synchronous; it looks at
 * the first AGE_LOCK_SNIFF_BYTES of the file only. Decrypting checks the whole header again,
 * strictly (age-header.ts, typage): this is no validation of the file, only of its first lines.
 */
export const AGE_LOCK_SNIFF_BYTES = 8 * 1024;

/** 'passphrase': a scrypt stanza; 'recipients': X25519 stanzas (this department's key may be among them). */
export type AgeLockKind = 'passphrase' | 'recipients';

export interface AgeLockInfo {
  lock: AgeLockKind;
  armored: boolean;
}

const MAX_LEADING_SPACE = 4096;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const BODY_LINE = /^[A-Za-z0-9+/]{0,64}$/;

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return text;
}

/** `text` is `magic`, or starts with it ('match'); a shorter beginning of it ('prefix'); or neither. */
function compare(text: string, magic: string): 'match' | 'prefix' | 'no' {
  if (text.startsWith(magic)) return 'match';
  return magic.startsWith(text) ? 'prefix' : 'no';
}

/**
 * Throws ArchiveError: 'empty' (no bytes, or white space only), 'not-age' (not an age file, or one
 * locked in a way this system never uses: no scrypt and no X25519 stanza — detail 'foreign-lock'),
 * 'truncated' (the file ends inside the header), 'corrupt' (the header's lines are not age's).
 */
export function detectAgeLock(bytes: Uint8Array, maxBytes = AGE_LOCK_SNIFF_BYTES): AgeLockInfo {
  const whole = bytes.length <= maxBytes;
  const head = latin1(bytes.subarray(0, maxBytes));
  if (head.startsWith(`${AGE_VERSION_LINE}\n`)) return { lock: stanzaLock(head, whole), armored: false };
  let start = 0;
  while (start < head.length && isSpace(head.charCodeAt(start))) start++;
  if (start === head.length && whole) {
    throw new ArchiveError('empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only white space');
  }
  // The reader (age-header.ts sniffAge) allows this much white space before an armored file.
  if (start > MAX_LEADING_SPACE) throw new ArchiveError('not-age', 'the file starts with white space only');
  const text = head.slice(start);
  if (compare(text, ARMOR_BEGIN) === 'match') return { lock: stanzaLock(...dearmor(text, whole)), armored: true };
  const cut = whole && (compare(head, `${AGE_VERSION_LINE}\n`) === 'prefix' || compare(text, ARMOR_BEGIN) === 'prefix');
  if (cut) throw new ArchiveError('truncated', 'the file ends inside the age version line');
  throw new ArchiveError('not-age', 'not an age file');
}

/**
 * The binary header inside an armored head: its base64 lines decoded as far as they are in the
 * head. `whole`: the decoded bytes are all of the file (the end line, or the file's end, was seen).
 */
function dearmor(text: string, whole: boolean): [binary: string, whole: boolean] {
  const lines = text.split('\n');
  // Without a newline after it, the last piece is an unfinished line: cut by the limit, or the file's last line.
  const last = lines.pop()!;
  let binary = '';
  const take = (line: string) => {
    const decoded = line.length <= 64 ? decodeBase64(line) : null;
    if (decoded === null) throw new ArchiveError('corrupt', 'armor: invalid base64 line');
    binary += latin1(decoded);
  };
  for (const raw of lines.slice(1)) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trimEnd() === ARMOR_END) return [binary, true];
    take(line);
  }
  if (!whole) return [binary, false];
  // The file's last line: the end line, or a line the file's end cut (its whole groups of four decode).
  const line = last.trimEnd();
  if (line !== ARMOR_END && line.length >= 4) take(line.slice(0, line.length - (line.length % 4)));
  return [binary, true];
}

/** The lock a binary header's stanzas name, from `header` (the head of the binary file). */
function stanzaLock(header: string, whole: boolean): AgeLockKind {
  if (!header.startsWith(`${AGE_VERSION_LINE}\n`)) {
    if (whole && `${AGE_VERSION_LINE}\n`.startsWith(header)) throw new ArchiveError('truncated', 'the file ends inside the age version line');
    throw new ArchiveError('not-age', 'the armored file holds no age file');
  }
  const types = new Set<string>();
  const lines = header.slice(AGE_VERSION_LINE.length + 1).split('\n');
  // Without a newline after it, the last piece is an unfinished line: cut by the limit, or by the file's end.
  const finished = lines.slice(0, -1);
  for (const line of finished) {
    if (line.startsWith('-> ')) {
      types.add(line.slice(3).split(' ')[0]!);
    } else if (line === '---' || line.startsWith('--- ')) {
      if (types.size === 0) throw new ArchiveError('corrupt', 'the age header has no stanza');
      return lockOf(types);
    } else if (types.size === 0 || !BODY_LINE.test(line)) {
      throw new ArchiveError('corrupt', 'a line of the age header is neither a stanza nor its body');
    }
  }
  if (whole) throw new ArchiveError('truncated', 'the file ends inside the age header');
  // A header longer than the limit (a file for very many recipients): the stanzas seen so far decide.
  if (types.size === 0) throw new ArchiveError('corrupt', 'no stanza in the first bytes of the age header');
  return lockOf(types);
}

function lockOf(types: Set<string>): AgeLockKind {
  if (types.has('scrypt')) return 'passphrase';
  if (types.has('X25519')) return 'recipients';
  throw new ArchiveError('not-age', `locked for ${[...types].join(', ')}: neither a passphrase nor an X25519 key`, { detail: 'foreign-lock' });
}
