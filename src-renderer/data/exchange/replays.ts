import type { ArchiveScope } from '../../core/archive-file';
import type { AirgapDb } from '../db';
import type { InstallationInfo } from '../installation';
import { getProfile } from '../profile-repo';

/**
 * Replays and misaddressed files (docs/exchange.md "Sequence numbers and replays").
 *
 * Every export takes the next number of this installation's export counter (`meta`), written in
 * the manifest as `sequence` (signed with it). A receiver remembers, per signing key, the highest
 * sequence it imported; a file from that key with a sequence at or below it is an older file (or
 * the same one again) arriving after a newer one. Not refused — importing an older file loses
 * nothing (the merge keeps the newer versions) and may be what the user means — but said plainly
 * in the preview. A file made for another department (`scope.target`) is applied only once the
 * user confirmed it (applyImport's `confirmedOtherTarget`).
 */
export interface SenderSequence {
  /** The file's number in its sender's count of exports. */
  number: number;
  /** The highest number imported from the same signing key before, or null if none. */
  lastSeen: number | null;
}

export interface OtherTarget {
  installationId?: string;
  department?: string;
}

const EXPORT_SEQUENCE_KEY = 'exchange.exportSequence';
const seenKey = (signerPublicKey: string) => `exchange.lastSequence.${signerPublicKey}`;

/** An older or repeated file: its number is not above the highest already imported from its sender. */
export function isReplay(sequence: SenderSequence | null): boolean {
  return sequence !== null && sequence.lastSeen !== null && sequence.number <= sequence.lastSeen;
}

/**
 * The next export number of this installation, taken in its own transaction (two windows never
 * share one): above the last one, and at least the current time in seconds. The time floor is what
 * survives a restore — a restored database has no counter (`meta` is local), and a counter starting
 * again at 1 would make every receiver take its next files for older ones; the counter is what
 * survives a PC clock set back.
 */
export async function nextExportSequence(db: AirgapDb, nowMs: number): Promise<number> {
  return db.transaction('rw', db.meta, async () => {
    const last = ((await db.meta.get(EXPORT_SEQUENCE_KEY))?.value as number | undefined) ?? 0;
    const next = Math.max(last + 1, Math.floor(nowMs / 1000));
    await db.meta.put({ key: EXPORT_SEQUENCE_KEY, value: next });
    return next;
  });
}

export async function lastSequenceSeen(db: AirgapDb, signerPublicKey: string): Promise<number | null> {
  return ((await db.meta.get(seenKey(signerPublicKey)))?.value as number | undefined) ?? null;
}

/** Inside the apply's transaction (which must span `db.meta`): the highest number seen never goes down. */
export async function rememberSequence(db: AirgapDb, signerPublicKey: string, sequence: number): Promise<void> {
  const last = await lastSequenceSeen(db, signerPublicKey);
  if (last === null || sequence > last) await db.meta.put({ key: seenKey(signerPublicKey), value: sequence });
}

/**
 * The target a file names when it is not this installation: by installation id when the file gives
 * one (the exporter always does), else by the department name of this installation's profile.
 */
export async function otherTargetOf(db: AirgapDb, scope: ArchiveScope, installation: InstallationInfo): Promise<OtherTarget | null> {
  const target = scope.target;
  if (!target || (target.installationId === undefined && target.department === undefined)) return null;
  if (target.installationId !== undefined) return target.installationId === installation.installationId ? null : { ...target };
  const profile = await getProfile(db);
  return profile && profile.department === target.department ? null : { ...target };
}
