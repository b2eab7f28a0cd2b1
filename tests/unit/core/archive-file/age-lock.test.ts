import { Encrypter, generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { AGE_LOCK_SNIFF_BYTES, ArchiveError, detectAgeLock, readArchive, sealAge, type ArchiveLock } from '../../../../src-renderer/core/archive-file';
import { collect, PASSPHRASE, readOptions, sampleArchive, TEST_FACTOR, testKeys } from './fixtures';

/** Files made by the library (typage through sealAge): the header is the real thing, never typed by hand. */
const content = new TextEncoder().encode('客户档案'.repeat(5000));
const stream = () => new Blob([content]).stream();
const passphraseLock: ArchiveLock = { passphrase: PASSPHRASE, testOnlyWorkFactor: TEST_FACTOR };
const sealed = async (lock: ArchiveLock, armor = false) => collect(await sealAge(stream(), lock, armor));
const recipients = async (n: number) => Promise.all(Array.from({ length: n }, async () => identityToRecipient(await generateX25519Identity())));

function failure(bytes: Uint8Array, maxBytes?: number): { code: string; detail?: string } {
  try {
    detectAgeLock(bytes, maxBytes);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    return error.detail === undefined ? { code: error.code } : { code: error.code, detail: error.detail };
  }
  throw new Error('detected a lock');
}

const text = (s: string) => new TextEncoder().encode(s);

describe('detectAgeLock: how a file is locked, from its header alone', () => {
  it('tells a passphrase file from a file for recipients’ keys, binary and armored', async () => {
    const keys = await testKeys();
    expect(detectAgeLock(await sealed(passphraseLock))).toEqual({ lock: 'passphrase', armored: false });
    expect(detectAgeLock(await sealed(passphraseLock, true))).toEqual({ lock: 'passphrase', armored: true });
    expect(detectAgeLock(await sealed({ recipients: [keys.ageRecipient] }))).toEqual({ lock: 'recipients', armored: false });
    expect(detectAgeLock(await sealed({ recipients: [keys.ageRecipient, ...(await recipients(2))] }, true))).toEqual({ lock: 'recipients', armored: true });
  });

  it('reads a backup file’s lock like any age file’s: what the file holds is known only once it is decrypted', async () => {
    const keys = await testKeys();
    const backup = await sampleArchive({ customers: 3, contacts: 0 });
    expect(detectAgeLock(backup).lock).toBe('passphrase');
    const forKey = await sampleArchive({ customers: 3, contacts: 0, lock: { recipients: [keys.ageRecipient] } });
    expect(detectAgeLock(forKey).lock).toBe('recipients');
    // …and that file is indeed a backup, which the exchange import refuses after decrypting (data/exchange/preview.ts).
    for await (const event of readArchive(forKey, { identities: [keys.ageIdentity] }, readOptions())) {
      if (event.type === 'manifest') expect(event.manifest.scope.type).toBe('backup');
    }
  });

  it('refuses what is no age file at once: empty, white space, random bytes, a PNG, a key card, a huge first line', () => {
    expect(failure(new Uint8Array(0))).toEqual({ code: 'empty' });
    expect(failure(text(' \n\t\r\n'))).toEqual({ code: 'empty' });
    const random = crypto.getRandomValues(new Uint8Array(4096));
    random[0] = 0x89; // never white space, never 'a' or '-'
    expect(failure(random)).toEqual({ code: 'not-age' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    expect(failure(png)).toEqual({ code: 'not-age' });
    expect(failure(text('{"format":"airgap-crm-key-card","version":1}'))).toEqual({ code: 'not-age' });
    expect(failure(text('单位名称,客户类型\n中国航天,军工集团单位\n'))).toEqual({ code: 'not-age' });
    expect(failure(text('x'.repeat(10 * 1024 * 1024)))).toEqual({ code: 'not-age' });
    // The version line with more on it is not age's version line, however long.
    expect(failure(text(`age-encryption.org/v1${'x'.repeat(1024 * 1024)}\n`))).toEqual({ code: 'not-age' });
    expect(failure(text(`${' '.repeat(5000)}-----BEGIN AGE ENCRYPTED FILE-----\n`))).toEqual({ code: 'not-age' });
  });

  it('says a file cut inside its header is incomplete, and a damaged header is damaged', async () => {
    const file = await sealed(passphraseLock);
    const headerEnd = new TextDecoder('latin1').decode(file.subarray(0, 400)).indexOf('\n---') + 1;
    for (const at of [5, 21, 22, 30, headerEnd - 1, headerEnd + 10]) expect(failure(file.subarray(0, at)), `cut at ${at}`).toEqual({ code: 'truncated' });
    // Cut after the header's last line: the lock is known; decrypting finds the rest missing.
    expect(detectAgeLock(file.subarray(0, headerEnd + 60)).lock).toBe('passphrase');
    const armored = new TextDecoder().decode(await sealed(passphraseLock, true));
    expect(failure(text(armored.slice(0, 50)))).toEqual({ code: 'truncated' });
    expect(failure(text('age-encryption.org/v1\n--- mac\n'))).toEqual({ code: 'corrupt' });
    expect(failure(text('age-encryption.org/v1\n\u0000\u00ff binary\n-> scrypt c2FsdA 18\n'))).toEqual({ code: 'corrupt' });
    expect(failure(text(armored.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!')))).toEqual({ code: 'corrupt' });
  });

  it('refuses an age file locked in a way this system never uses (no passphrase, no X25519 key)', async () => {
    const hybrid = new Encrypter();
    hybrid.addRecipient(await identityToRecipient(await generateHybridIdentity()));
    expect(failure(await hybrid.encrypt(content))).toEqual({ code: 'not-age', detail: 'foreign-lock' });
    expect(failure(text('age-encryption.org/v1\n-> ssh-ed25519 abc def\nAAAA\n--- mac\n'))).toEqual({ code: 'not-age', detail: 'foreign-lock' });
    // Another stanza type next to an X25519 one: this department's key may be among them.
    expect(detectAgeLock(text('age-encryption.org/v1\n-> grease-x y\n\n-> X25519 abc\nAAAA\n--- mac\n')).lock).toBe('recipients');
  });

  it('reads at most the first few KB: a header for very many recipients is decided by the stanzas in them', async () => {
    const many = await sealed({ recipients: await recipients(120) });
    const header = new TextDecoder('latin1').decode(many).indexOf('\n---');
    expect(header).toBeGreaterThan(AGE_LOCK_SNIFF_BYTES);
    expect(detectAgeLock(many)).toEqual({ lock: 'recipients', armored: false });
    // Anything past the limit is not looked at: garbage there changes nothing.
    const spoiled = many.slice();
    spoiled.fill(0xff, AGE_LOCK_SNIFF_BYTES);
    expect(detectAgeLock(spoiled).lock).toBe('recipients');
    // The same file cut before the limit ends inside its header.
    expect(failure(many.subarray(0, AGE_LOCK_SNIFF_BYTES - 100))).toEqual({ code: 'truncated' });
  });
});
