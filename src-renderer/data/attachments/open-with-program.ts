import { requirePermission, type Actor } from '../../core/accounts';
import { mayOpenWithProgram } from '../../core/attachments';
import { ARCHIVE_AUDIT_ACTIONS } from '../../core/audit/archive-actions';
import { formatMark, markFor } from '../../core/classification';
import { checkOutputPolicy } from '../../core/output';
import { appendAuditAlone } from '../audit/append';
import type { AirgapDb } from '../db';
import { OUTPUT_PERMISSIONS } from '../output/register';
import { getOutputPolicy } from '../output/policy';
import { attachmentSaveName } from './export';
import { requireAttachmentBytes } from './reads';
import type { AttachmentRecord } from './tables';

/** Whether this file may be handed to the system's program: by the name it would get (the host refuses others). */
export function attachmentOpensWithProgram(record: Pick<AttachmentRecord, 'fileName' | 'title'>): boolean {
  return mayOpenWithProgram(attachmentSaveName(record));
}

/**
 * 用系统程序打开 (issue 18.3, Electron): a copy of the file leaves the app's protection, so the same rules
 * as 下载 decide first — the permission to read the archive and the output policy by the file's mark (a
 * refusal hands nothing over) — and the attempt is written to the audit log, succeeded or failed. No 份号 and
 * no 用途: nothing is saved where the user chose, and the copy is removed when the app quits.
 * `open` is the host's `openWithProgram`.
 */
export async function openAttachmentWithProgram(
  db: AirgapDb,
  ctx: { actor: Actor; now: Date },
  record: AttachmentRecord,
  open: (file: { name: string; bytes: Uint8Array<ArrayBuffer> }) => Promise<unknown>,
): Promise<void> {
  requirePermission(ctx.actor, OUTPUT_PERMISSIONS.attachment);
  const mark = markFor(record.classification);
  checkOutputPolicy(await getOutputPolicy(db), ctx.actor.roles, 'attachment', mark.level);
  const name = attachmentSaveName(record);
  if (!mayOpenWithProgram(name)) throw new Error(`attachment ${record.id}: its type is not opened with a program`);
  const bytes = await requireAttachmentBytes(db, record);
  const audit = (outcome: 'success' | 'failure') =>
    appendAuditAlone(db, {
      at: ctx.now.toISOString(),
      userId: ctx.actor.userId,
      userName: ctx.actor.name,
      action: ARCHIVE_AUDIT_ACTIONS.attachmentOpenWithProgram,
      outcome,
      object: { kind: 'attachment', id: record.id, label: `${record.title}（${record.fileName}）`.slice(0, 300) },
      details: { fileName: name, sha256: record.sha256, mark: mark.level, markText: formatMark(mark) },
    });
  try {
    await open({ name, bytes });
  } catch (error) {
    // The host may have written the copy before the program refused it: the attempt is on record too.
    await audit('failure');
    throw error;
  }
  await audit('success');
}
