import type { Table } from 'dexie';
import { keyFingerprint } from '../../core/keys';

/** What the upgrade reads and writes of a directory row; the rest of the row is kept as it is. */
interface StoredDepartment {
  signingPublicKey: string;
  fingerprint: string;
}

/**
 * Schema 5's upgrade: directory entries stored the 64-bit fingerprint (16 hex digits), too few to
 * anchor trust read aloud over the phone; each gets the current one (core/keys.ts keyFingerprint),
 * recomputed from the stored signing key — the key is what was verified on its card, the old
 * fingerprint only a digest of it. Entries already in the current form are left alone.
 */
export async function recomputeDepartmentFingerprints(departments: Table<StoredDepartment, string>): Promise<void> {
  await departments.toCollection().modify((row) => {
    const current = keyFingerprint(row.signingPublicKey);
    if (row.fingerprint !== current) row.fingerprint = current;
  });
}
