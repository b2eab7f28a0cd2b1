import { requirePermission, type Actor, type Permission } from '../../core/accounts';
import type { AuditDetails } from '../../core/audit/types';
import { formatMark, type ClassificationMark } from '../../core/classification';
import { newId } from '../../core/ids';
import {
  checkOutputPolicy,
  chinaYear,
  formatCopyNumber,
  installationCode,
  OUTPUT_AUDIT_ACTIONS,
  outputLineSchema,
  purposeSchema,
  type OutputKind,
  type OutputLine,
} from '../../core/output';
import type { ReportKind, ReportParams } from '../../core/reports';
import { ValidationError } from '../../core/validation';
import { appendAudit } from '../audit/append';
import type { AirgapDb } from '../db';
import { readHighWater, writeHighWater } from './high-water';
import { getOutputPolicy } from './policy';

/** Who may make each kind of output (core/accounts/permissions.ts): checked where the output is made. */
export const OUTPUT_PERMISSIONS: Record<OutputKind, Permission> = {
  print: 'report.print',
  pdf: 'report.print',
  exchange: 'exchange.export',
  backup: 'backup.create',
  'audit-export': 'audit.export',
  // Whoever may read a list may ask to export it; the output policy then decides by role and mark (issue 16.4).
  'table-export': 'archive.read',
  // Whoever may read the archive may ask to save a file of it; the policy decides by the file's mark.
  attachment: 'archive.read',
};

/** The meta row of the installation's running number (the highest number given). */
export const OUTPUT_SEQUENCE_KEY = 'output.sequence';

export interface OutputRequest {
  kind: OutputKind;
  title: string;
  mark: ClassificationMark;
  /** 用途, as typed: normalised (trimmed, spaces collapsed) and checked here. */
  purpose: string;
  copies?: number;
  recipients?: string[];
  report?: ReportKind;
  params?: ReportParams;
  shell?: 'electron' | 'browser';
  scheduled?: boolean;
}

export interface OutputContext {
  actor: Actor;
  /** This installation's id (the line's origin and, without a department code, the number's code). */
  origin: string;
  now: Date;
  /** Where the highest number given is also kept, outside the database (default localStorage): see high-water.ts. */
  storage?: Storage;
}

/** The purpose as it will be stored, or a ValidationError on field `purpose` (nothing written). */
export function checkPurpose(purpose: string): string {
  const parsed = purposeSchema.safeParse(purpose);
  if (!parsed.success) throw new ValidationError({ purpose: parsed.error.issues[0]!.message });
  return parsed.data;
}

/**
 * Takes the next 份号 for an output about to be made: checks the purpose, the permission and the
 * output policy first (a refusal writes nothing and uses no number), then writes the line as
 * 'reserved'. The number is the highest ever given + 1 — the meta counter, the register's highest
 * line and the copy kept outside the database, whichever is highest — so a cancelled number, a
 * register restored from an older backup or a counter lost with it never brings a number back.
 */
export async function reserveOutput(db: AirgapDb, ctx: OutputContext, request: OutputRequest): Promise<OutputLine> {
  const purpose = checkPurpose(request.purpose);
  requirePermission(ctx.actor, OUTPUT_PERMISSIONS[request.kind]);
  checkOutputPolicy(await getOutputPolicy(db), ctx.actor.roles, request.kind, request.mark.level);
  const line = await db.transaction('rw', [db.printLog, db.meta, db.profile], async () => {
    const seq = (await highestSeq(db, ctx)) + 1;
    const profile = await db.profile.toCollection().first();
    const code = installationCode(ctx.origin, profile?.complaintSettings?.departmentCode);
    const row = outputLineSchema.parse({
      id: newId(),
      seq,
      number: formatCopyNumber(code, chinaYear(ctx.now), seq),
      kind: request.kind,
      status: 'reserved',
      title: request.title,
      mark: request.mark,
      pages: null,
      copies: request.copies ?? 1,
      purpose,
      ...(request.recipients ? { recipients: request.recipients } : {}),
      ...(request.report ? { report: request.report, params: request.params ?? {} } : {}),
      ...(request.shell ? { shell: request.shell } : {}),
      ...(request.scheduled !== undefined ? { scheduled: request.scheduled } : {}),
      by: ctx.actor.name,
      byId: ctx.actor.userId,
      at: ctx.now.toISOString(),
      origin: ctx.origin,
    }) as OutputLine;
    await db.printLog.add(row);
    await db.meta.put({ key: OUTPUT_SEQUENCE_KEY, value: seq });
    return row;
  });
  writeHighWater(ctx.storage, ctx.origin, line.seq);
  return line;
}

async function highestSeq(db: AirgapDb, ctx: OutputContext): Promise<number> {
  const counter = (await db.meta.get(OUTPUT_SEQUENCE_KEY))?.value;
  const last = await db.printLog.orderBy('seq').last();
  const inTable = last && 'seq' in last ? last.seq : 0;
  return Math.max(typeof counter === 'number' ? counter : 0, inTable, readHighWater(ctx.storage, ctx.origin));
}

/** What the output turned out to be, known once it is made. */
export interface OutputResult {
  pages?: number | null;
  records?: number;
  /** Flat facts for the audit entry beside the line's own (scope, counts…). */
  details?: AuditDetails;
}

/**
 * The output exists (printed, saved): the line becomes 'completed' and its audit entry is written
 * in the SAME transaction — both or neither. Only the user who reserved the number completes it.
 */
export async function completeOutput(db: AirgapDb, ctx: Pick<OutputContext, 'actor' | 'now'>, id: string, result: OutputResult = {}): Promise<OutputLine> {
  return finishOutput(db, ctx, id, 'completed', result);
}

/** The output was not made (dialog closed, save refused, writing failed): the number is voided (作废), audited. */
export async function cancelOutput(db: AirgapDb, ctx: Pick<OutputContext, 'actor' | 'now'>, id: string): Promise<OutputLine> {
  return finishOutput(db, ctx, id, 'cancelled', {});
}

/**
 * A prepared file (its 份号 reserved, `write` to stream it: `prepareExport`, `prepareBackup`) gathered whole in
 * memory instead of saved by pieces — for tests, the bench and the CLI's callers. A failed write voids the number.
 */
export async function gatherPrepared<P extends { line: OutputLine; write(): Promise<ReadableStream<Uint8Array>> }>(
  db: AirgapDb,
  actor: Actor,
  prepared: P,
): Promise<Omit<P, 'write'> & { bytes: Uint8Array<ArrayBuffer> }> {
  const { write, ...rest } = prepared;
  try {
    return { ...rest, bytes: new Uint8Array(await new Response(await write()).arrayBuffer()) };
  } catch (error) {
    await cancelOutput(db, { actor, now: new Date() }, prepared.line.id);
    throw error;
  }
}

/** After a save dialog or a write: completed (with `result`) when the file was kept, else voided. */
export async function settleOutput(
  db: AirgapDb,
  ctx: Pick<OutputContext, 'actor' | 'now'>,
  id: string,
  saved: boolean,
  result: OutputResult = {},
): Promise<OutputLine> {
  return saved ? completeOutput(db, ctx, id, result) : cancelOutput(db, ctx, id);
}

async function finishOutput(
  db: AirgapDb,
  ctx: Pick<OutputContext, 'actor' | 'now'>,
  id: string,
  status: 'completed' | 'cancelled',
  result: OutputResult,
): Promise<OutputLine> {
  return db.transaction('rw', db.printLog, db.audit, async () => {
    const row = await db.printLog.get(id);
    if (!row || !('number' in row)) throw new Error(`no register line ${id}`);
    if (row.status !== 'reserved') throw new Error(`register line ${row.number} is already ${row.status}`);
    if (row.byId !== ctx.actor.userId) throw new Error(`register line ${row.number} was reserved by another user`);
    const done = outputLineSchema.parse({
      ...row,
      status,
      doneAt: ctx.now.toISOString(),
      ...(result.pages !== undefined ? { pages: result.pages } : {}),
      ...(result.records !== undefined ? { records: result.records } : {}),
    }) as OutputLine;
    await db.printLog.put(done);
    await appendAudit(db, {
      at: done.doneAt!,
      userId: done.byId,
      userName: done.by,
      action: status === 'cancelled' ? OUTPUT_AUDIT_ACTIONS.cancelled : OUTPUT_AUDIT_ACTIONS[done.kind],
      outcome: 'success',
      object: { kind: 'output', id: done.id, label: `${done.number} ${done.title}`.slice(0, 300) },
      details: auditDetails(done, result.details),
    });
    return done;
  });
}

function auditDetails(line: OutputLine, extra: AuditDetails = {}): AuditDetails {
  return {
    ...extra,
    number: line.number,
    outputKind: line.kind,
    mark: line.mark.level,
    markYears: line.mark.periodYears,
    markText: formatMark(line.mark),
    purpose: line.purpose,
    pages: line.pages,
    copies: line.copies,
    ...(line.records !== undefined ? { records: line.records } : {}),
    ...(line.recipients ? { recipients: line.recipients.join('、') } : {}),
    ...(line.report ? { report: line.report } : {}),
    ...(line.shell ? { shell: line.shell } : {}),
    ...(line.scheduled !== undefined ? { scheduled: line.scheduled } : {}),
  };
}
