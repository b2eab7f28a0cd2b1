import { ArchiveError } from './errors';

/**
 * The age ASCII armor (C2SP age, "ASCII armor"), streamed: strict PEM, standard base64 with
 * padding, 64 columns a line, the last line shorter. typage's `armor` works on whole strings only,
 * so this is the same grammar as a TransformStream in both directions (encoding, not cryptography).
 */
export const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
export const ARMOR_END = '-----END AGE ENCRYPTED FILE-----';
const BYTES_PER_LINE = 48;
const COLUMNS = 64;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Strict: length a multiple of 4, padding only at the end, unused bits zero. Null when invalid. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length === 0 || text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      const pad = last && j >= 4 - padding;
      const v = pad ? (c === 61 ? 0 : -1) : c < 128 ? VALUES[c]! : -1;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    if ((padding === 2 && last && (n & 0xffff) !== 0) || (padding === 1 && last && (n & 0xff) !== 0)) return null;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** Binary age file in, armored age file out. */
export function armorEncoder(): TransformStream<Uint8Array, Uint8Array> {
  const encoder = new TextEncoder();
  let rest = new Uint8Array(0);
  return new TransformStream({
    start(controller) {
      controller.enqueue(encoder.encode(`${ARMOR_BEGIN}\n`));
    },
    transform(chunk, controller) {
      const data = rest.length === 0 ? chunk : concat(rest, chunk);
      const whole = data.length - (data.length % BYTES_PER_LINE);
      let text = '';
      for (let i = 0; i < whole; i += BYTES_PER_LINE) text += `${encodeBase64(data.subarray(i, i + BYTES_PER_LINE))}\n`;
      if (text) controller.enqueue(encoder.encode(text));
      rest = data.slice(whole);
    },
    flush(controller) {
      const last = rest.length > 0 ? `${encodeBase64(rest)}\n` : '';
      controller.enqueue(encoder.encode(`${last}${ARMOR_END}\n`));
    },
  });
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Armored age file in, binary age file out. Errors are ArchiveErrors: 'corrupt' or 'truncated'. */
export function armorDecoder(): TransformStream<Uint8Array, Uint8Array> {
  let state: 'leading' | 'begin' | 'body' | 'after' = 'leading';
  let partial = '';
  let bodySeen = false;
  let lastWasShort = false;
  const corrupt = (why: string) => new ArchiveError('corrupt', `armor: ${why}`);

  function takeLine(text: string, out: Uint8Array[]): void {
    const l = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (state === 'begin') {
      if (l !== ARMOR_BEGIN) throw corrupt('bad first line');
      state = 'body';
    } else if (l === ARMOR_END) {
      if (!bodySeen) throw corrupt('no data');
      state = 'after';
    } else {
      if (lastWasShort) throw corrupt('a short line before the end line');
      const bytes = l.length <= COLUMNS ? decodeBase64(l) : null;
      if (bytes === null) throw corrupt('invalid base64 line');
      lastWasShort = l.length < COLUMNS || l.endsWith('=');
      bodySeen = true;
      out.push(bytes);
    }
  }

  function onlySpace(bytes: Uint8Array): void {
    for (const c of bytes) if (!isSpace(c)) throw corrupt('data after the end line');
  }

  return new TransformStream({
    transform(chunk, controller) {
      let pos = 0;
      if (state === 'leading') {
        while (pos < chunk.length && isSpace(chunk[pos]!)) pos++;
        if (pos === chunk.length) return;
        state = 'begin';
      }
      const out: Uint8Array[] = [];
      while (state !== 'after') {
        const nl = chunk.indexOf(0x0a, pos);
        const segment = chunk.subarray(pos, nl < 0 ? chunk.length : nl);
        if (partial.length + segment.length > COLUMNS + 1) throw corrupt('line too long');
        partial += String.fromCharCode(...segment);
        if (nl < 0) break;
        takeLine(partial, out);
        partial = '';
        pos = nl + 1;
      }
      if (state === 'after') onlySpace(chunk.subarray(pos));
      if (out.length > 0) controller.enqueue(out.length === 1 ? out[0]! : concat(...out));
    },
    flush() {
      if (state === 'body' && partial.replace(/[ \t\r]+$/, '') === ARMOR_END && bodySeen) state = 'after';
      if (state !== 'after') throw new ArchiveError('truncated', 'armor: the end line is missing');
    },
  });
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
