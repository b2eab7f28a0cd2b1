import Dexie from 'dexie';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expect } from 'vitest';
import { BACKUP_KINDS, LOCAL_TABLES, POLICY_SETTING_KEYS } from '../../../../src-renderer/core/backup';
import { SHEET_IMPORT_HEAD_PREFIX, SHEET_IMPORT_PART_PREFIX, SHEET_MAPPING_PREFIX } from '../../../../src-renderer/core/spreadsheet/import-storage';
import type { Envelope } from '../../../../src-renderer/core/envelope';
import { EXCHANGE_KINDS } from '../../../../src-renderer/core/exchange/kinds';
import { lineageOf } from '../../../../src-renderer/core/exchange/lineage';
import { newId } from '../../../../src-renderer/core/ids';
import { RECORD_KINDS } from '../../../../src-renderer/core/record-kinds';
import { verifyAuditLog } from '../../../../src-renderer/data/audit/verify-log';
import { createBackupFile, restoreBackupFile } from '../../../../src-renderer/data/backup-file';
import { openDatabase, type AirgapDb } from '../../../../src-renderer/data/db';
import { lineageTable } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import type { Dept } from './world';
import { testActor } from '../../../shared/actors';

/**
 * What "the restored database equals the original" means, and the two round trips checked.
 *
 * Equality is vitest's `toEqual`, table by table in primary-key order: deep equality in which a key
 * whose value is `undefined` equals an absent key — exactly what JSON (the archive format) can
 * carry — and nothing else is forgiven (a Date that came back as a string, `undefined` in an array
 * that came back as `null`, NaN that came back as `null`, a lost or extra row all fail).
 */

/**
 * Tables no backup carries, on purpose: `meta` holds local settings (the backup takes only its installation row,
 * the security administrator's policies and the spreadsheet imports with their mappings, kinds of their own),
 * `importStaging` is scratch.
 */
const NOT_BACKED_UP = ['meta', 'importStaging'];
/** Tables a backup carries as data lines rather than records (issue 18.5: the attachments' bytes). */
const CARRIED_AS_DATA = ['attachmentBlobs'];

/** The attachments' stored contents: key, size and the digest of the bytes actually stored. */
export async function storedContents(db: AirgapDb): Promise<Array<{ sha256: string; size: number; digest: string }>> {
  const out = [];
  for (const row of await db.attachmentBlobs.toArray()) {
    out.push({ sha256: row.sha256, size: row.size, digest: bytesToHex(sha256(new Uint8Array(await row.blob.arrayBuffer()))) });
  }
  return out;
}

/** Every backed-up kind of `db`, as the backup reads it: the installation row, then each table. */
export async function backedUpTables(db: AirgapDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = { installation: [(await db.meta.get('installation'))?.value] };
  for (const kind of [...RECORD_KINDS, 'changes', ...LOCAL_TABLES]) out[kind] = await db.table(kind).toArray();
  out.policies = (await db.meta.bulkGet([...POLICY_SETTING_KEYS])).filter((row) => row !== undefined);
  // The imports' heads and parts and the remembered mappings, in key order (an import that was lost could not be undone).
  out.attachmentBlobs = await storedContents(db);
  out.sheetImports = [];
  for (const prefix of [SHEET_IMPORT_HEAD_PREFIX, SHEET_IMPORT_PART_PREFIX, SHEET_MAPPING_PREFIX])
    out.sheetImports.push(...(await db.meta.where('key').startsWith(prefix).toArray()));
  return out;
}

/** A backup of the whole database (the screen's path: createBackupFile → restoreBackupFile into a new database) restores equal. */
export async function expectBackupRoundTrip(d: Dept): Promise<void> {
  // A table the backup does not know would be lost by every restore.
  expect(
    d.db.tables
      .map((t) => t.name)
      .filter((t) => !NOT_BACKED_UP.includes(t))
      .sort(),
  ).toEqual([...BACKUP_KINDS.filter((k) => k !== 'installation' && k !== 'policies' && k !== 'sheetImports'), ...CARRIED_AS_DATA].sort());
  const profile = (await getProfile(d.db))!;
  // Locked for the installation's own key, as a scheduled backup is (the passphrase lock differs only in the age stanza).
  const { bytes } = await createBackupFile(d.db, {
    profile,
    installation: d.installation,
    appVersion: '0.1.0',
    actor: testActor('张伟'),
    purpose: '测试备份',
    lock: { recipients: [d.installation.keys.ageRecipient] },
    now: d.ctx.now(),
  });
  const restored = await restoreBackupFile(bytes, { identities: [d.installation.keys.ageIdentity] }, { stamp: newId(), by: testActor() });
  const copy = await openDatabase(restored.databaseName);
  try {
    const [original, back] = [await backedUpTables(d.db), await backedUpTables(copy)];
    for (const kind of Object.keys(original)) expect(back[kind], `${d.name} ${kind}`).toEqual(original[kind]);
    // The audit log comes back as it was: its chain and signed checkpoints verify as the original's do.
    const publicKeys = [d.installation.keys.signingPublicKey];
    expect(await verifyAuditLog(copy, publicKeys), `${d.name} audit`).toEqual(await verifyAuditLog(d.db, publicKeys));
    expect(await copy.table('importStaging').count()).toBe(0);
    // The restore summary reads the policies the backup puts in force (none carried: null).
    const policy = async (key: string) => ((await d.db.meta.get(key))?.value as unknown) ?? null;
    expect(restored.policies, `${d.name} policies`).toEqual({ security: await policy('security-policy'), output: await policy('output-policy') });
  } finally {
    copy.close();
    await Dexie.delete(restored.databaseName);
  }
}

/**
 * After a FULL exchange export of `sender` imported into `receiver` (a department that had nothing
 * but its own setup), "equal" means:
 * - every exported kind (EXCHANGE_KINDS: every record kind but the profile) holds exactly the
 *   sender's records, envelopes included (winners keep their origin's rev);
 * - every record has the same lineage on both sides (its stored lineage joined with its own
 *   version: the receiver stores a row only where that is more than the record's own version);
 * - the receiver's change log holds its OWN entries for the import — `create` entries listing every
 *   imported record exactly once, under the table it went to — and nothing else new;
 * - nothing else travels: no conflicts, the receiver's profile, directory and print log are its own.
 */
export async function expectImportEqual(sender: AirgapDb, receiver: AirgapDb, receiverSeqBefore: number): Promise<void> {
  const [sentLineages, gotLineages] = await Promise.all([lineageTable(sender).toArray(), lineageTable(receiver).toArray()]);
  const seen = (rows: typeof sentLineages) => new Map(rows.map((r) => [r.id, r.seen]));
  const [sent, got] = [seen(sentLineages), seen(gotLineages)];
  const created = new Map<string, string[]>();
  for (const entry of await receiver.changes.where('seq').above(receiverSeqBefore).toArray()) {
    expect({ op: entry.op, fields: entry.fields }).toEqual({ op: 'create', fields: [] });
    created.set(entry.table, [...(created.get(entry.table) ?? []), ...entry.recordIds]);
  }
  for (const kind of EXCHANGE_KINDS) {
    const rows = (await sender.table(kind).toArray()) as Envelope[];
    expect(await receiver.table(kind).toArray(), `exchange ${kind}`).toEqual(rows);
    for (const r of rows) expect(lineageOf(r, got.get(r.id)), `lineage ${kind} ${r.id}`).toEqual(lineageOf(r, sent.get(r.id)));
    expect((created.get(kind) ?? []).sort(), `change log ${kind}`).toEqual(rows.map((r) => r.id).sort());
  }
  expect([...created.keys()].filter((k) => !(EXCHANGE_KINDS as readonly string[]).includes(k))).toEqual([]);
  expect(await receiver.table('conflicts').count()).toBe(0);
  // Every content a sender's attachment names came with it, intact (the receiver had none of its own).
  const named = new Set((await sender.attachments.toArray()).map((a) => a.sha256));
  expect(await storedContents(receiver), 'attachment bytes').toEqual((await storedContents(sender)).filter((c) => named.has(c.sha256)));
}
