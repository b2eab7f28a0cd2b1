import type { Table } from 'dexie';
import { makeKeyCard, parseKeyCard, serialiseKeyCard, type KeyCard } from '../../core/exchange/card';
import { departmentEditSchema, type Department, type DepartmentEvent } from '../../core/exchange/department';
import type { Profile } from '../../core/profile';
import { newId } from '../../core/ids';
import { fieldErrorsOf, ValidationError } from '../../core/validation';
import type { AirgapDb } from '../db';
import type { Installation, InstallationInfo } from '../installation';
import type { WriteContext } from '../write-context';
import { auditAction } from '../audit/record';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';
import { requirePermission } from '../../core/accounts';

/** The department directory (部门通讯录): local rows, soft-deleted, with their own history. */
function departments(db: AirgapDb): Table<Department, string> {
  return db.departments;
}

export async function listDepartments(db: AirgapDb, { includeRemoved = false } = {}): Promise<Department[]> {
  const all = await departments(db).toArray();
  return all.filter((d) => includeRemoved || d.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export async function getDepartment(db: AirgapDb, id: string): Promise<Department | undefined> {
  return departments(db).get(id);
}

/** The live directory entry whose signing key signed a file, if any. */
export async function departmentBySigner(db: AirgapDb, signingPublicKey: string): Promise<Department | undefined> {
  const rows = await departments(db).where('signingPublicKey').equals(signingPublicKey).toArray();
  return rows.find((d) => d.deletedAt === null);
}

/** This installation's card, signed by itself, as the text of a `.json` file. */
export function exportMyCard(installation: Installation, profile: Profile, now: Date = new Date()): { card: KeyCard; text: string } {
  const card = makeKeyCard(
    {
      installationId: installation.installationId,
      organisation: profile.organisation,
      department: profile.department,
      ageRecipient: installation.keys.ageRecipient,
      signingPublicKey: installation.keys.signingPublicKey,
      createdAt: now.toISOString(),
    },
    installation.keys.signingSecretKey,
  );
  return { card, text: serialiseKeyCard(card) };
}

export interface CardPreview {
  card: KeyCard & { fingerprint: string };
  /** The entry this card would update (same installation), if any, and which fields change. */
  existing: Department | null;
  changes: string[];
  /** The card is this installation's own: nothing to add. */
  isOwn: boolean;
}

/** Verifies a card file and says what importing it would do. Throws CardError for a bad card. */
export async function previewCard(db: AirgapDb, text: string, installation: InstallationInfo): Promise<CardPreview> {
  const card = parseKeyCard(text);
  const existing = (await departments(db).toArray()).find((d) => d.installationId === card.installationId) ?? null;
  const proposed = fromCard(card);
  const changes: string[] = existing ? (['name', 'organisation', 'ageRecipient', 'signingPublicKey'] as const).filter((k) => existing[k] !== proposed[k]) : [];
  if (existing && existing.deletedAt !== null) changes.push('deletedAt');
  return { card, existing, changes, isOwn: card.installationId === installation.installationId };
}

/**
 * A card offered for the signer of an exchange file (import, unknown-signer step): it must carry
 * the very key that signed the file — an exchange file holds no age recipient, so the card is what
 * the directory entry needs, and a card of another installation must not slip in under the file's
 * trust decision.
 */
export async function previewSignerCard(db: AirgapDb, text: string, installation: InstallationInfo, signerPublicKey: string): Promise<CardPreview> {
  const preview = await previewCard(db, text, installation);
  if (preview.card.signingPublicKey !== signerPublicKey) throw new SignerCardMismatchError(preview.card.fingerprint);
  return preview;
}

export class SignerCardMismatchError extends Error {
  constructor(readonly cardFingerprint: string) {
    super(`the key card (fingerprint ${cardFingerprint}) is not the file signer's`);
    this.name = 'SignerCardMismatchError';
  }
}

function fromCard(card: KeyCard & { fingerprint: string }) {
  return {
    installationId: card.installationId,
    organisation: card.organisation,
    name: card.department,
    ageRecipient: card.ageRecipient,
    signingPublicKey: card.signingPublicKey,
    fingerprint: card.fingerprint,
  };
}

/**
 * Adds the card's department, or updates (and restores) the entry of the same installation. Like
 * every directory change, only the security administrator's ('keys.directory', issue 15.3): whose
 * key is trusted decides which files are read and for whom files are locked.
 */
export async function applyCard(db: AirgapDb, preview: CardPreview, ctx: WriteContext, note = ''): Promise<Department> {
  requirePermission(ctx.actor, 'keys.directory');
  const at = ctx.now().toISOString();
  return db.transaction('rw', departments(db), db.audit, async () => {
    const existing = (await departments(db).toArray()).find((d) => d.installationId === preview.card.installationId);
    const proposed = fromCard(preview.card);
    if (!existing) {
      const created: Department = { id: newId(), ...proposed, note, createdAt: at, updatedAt: at, deletedAt: null, history: [event('added', [], at, ctx)] };
      await departments(db).add(created);
      await auditDirectory(db, ctx, created, 'added', []);
      return created;
    }
    const fields: string[] = (Object.keys(proposed) as (keyof typeof proposed)[]).filter((k) => existing[k] !== proposed[k]);
    if (existing.deletedAt !== null) fields.push('deletedAt');
    if (fields.length === 0) return existing;
    const updated: Department = { ...existing, ...proposed, deletedAt: null, updatedAt: at, history: [...existing.history, event('updated', fields, at, ctx)] };
    await departments(db).put(updated);
    await auditDirectory(db, ctx, updated, 'updated', fields);
    return updated;
  });
}

/** Renames or annotates an entry by hand. Invalid input throws ValidationError, writing nothing. */
export async function editDepartment(db: AirgapDb, id: string, input: unknown, ctx: WriteContext): Promise<Department> {
  requirePermission(ctx.actor, 'keys.directory');
  const parsed = departmentEditSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return change(db, id, ctx, (d) => {
    const fields = (['name', 'organisation', 'note'] as const).filter((k) => d[k] !== parsed.data[k]);
    return fields.length === 0 ? null : { next: { ...d, ...parsed.data }, action: 'updated', fields };
  });
}

export async function removeDepartment(db: AirgapDb, id: string, ctx: WriteContext): Promise<Department> {
  return change(db, id, ctx, (d) =>
    d.deletedAt !== null ? null : { next: { ...d, deletedAt: ctx.now().toISOString() }, action: 'removed', fields: ['deletedAt'] },
  );
}

export async function restoreDepartment(db: AirgapDb, id: string, ctx: WriteContext): Promise<Department> {
  return change(db, id, ctx, (d) => (d.deletedAt === null ? null : { next: { ...d, deletedAt: null }, action: 'restored', fields: ['deletedAt'] }));
}

async function change(
  db: AirgapDb,
  id: string,
  ctx: WriteContext,
  edit: (d: Department) => { next: Department; action: DepartmentEvent['action']; fields: string[] } | null,
): Promise<Department> {
  // Checked here too (remove, restore): refused before anything is read.
  requirePermission(ctx.actor, 'keys.directory');
  return db.transaction('rw', departments(db), db.audit, async () => {
    const current = await departments(db).get(id);
    if (!current) throw new Error(`department ${id} not found`);
    const result = edit(current);
    if (!result) return current;
    const at = ctx.now().toISOString();
    const next = { ...result.next, updatedAt: at, history: [...current.history, event(result.action, result.fields, at, ctx)] };
    await departments(db).put(next);
    await auditDirectory(db, ctx, next, result.action, result.fields);
    return next;
  });
}

const DIRECTORY_ACTIONS: Record<DepartmentEvent['action'], string> = {
  added: ARCHIVE_AUDIT_ACTIONS.directoryAdd,
  updated: ARCHIVE_AUDIT_ACTIONS.directoryUpdate,
  removed: ARCHIVE_AUDIT_ACTIONS.directoryRemove,
  restored: ARCHIVE_AUDIT_ACTIONS.directoryRestore,
};

/** Key-directory changes are audited (issue 15.5): who trusted which department's key, with its fingerprint. */
function auditDirectory(db: AirgapDb, ctx: WriteContext, d: Department, action: DepartmentEvent['action'], fields: string[]) {
  return auditAction(
    db,
    ctx,
    DIRECTORY_ACTIONS[action],
    { kind: 'department', id: d.id, label: d.name },
    { fingerprint: d.fingerprint, fields: fields.join(',') },
  );
}

function event(action: DepartmentEvent['action'], fields: string[], at: string, ctx: WriteContext): DepartmentEvent {
  return { at, by: ctx.actor.name, action, fields };
}
