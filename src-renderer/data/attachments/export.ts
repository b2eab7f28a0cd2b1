import { markFor } from '../../core/classification';
import { fileNamePart, isSafeFileName } from '../../core/file-names';
import type { OutputLine } from '../../core/output';
import type { AirgapDb } from '../db';
import { reserveOutput, settleOutput, type OutputContext } from '../output/register';
import type { SaveOutcome } from '../output/table-export';
import { requireAttachmentBytes } from './reads';
import type { AttachmentRecord } from './tables';

/** The name offered in the save dialog: the file's own name when a save dialog may offer it, else its title with the extension. */
export function attachmentSaveName(record: Pick<AttachmentRecord, 'fileName' | 'title'>): string {
  if (isSafeFileName(record.fileName)) return record.fileName;
  const dot = record.fileName.lastIndexOf('.');
  const extension = dot > 0 ? record.fileName.slice(dot) : '';
  return `${fileNamePart(record.title, 100, '附件')}${/^\.[0-9A-Za-z]{1,8}$/.test(extension) ? extension : ''}`;
}

/**
 * 下载 (issue 18): a file leaving the app is an export. Registered under a 份号 with its 用途 and
 * judged by the output policy by the file's mark (a refusal writes nothing and uses no number), then
 * handed to the host's save dialog; completed with its audit entry once saved, voided otherwise.
 * Bytes missing on this PC are refused before a number is taken.
 */
export async function exportAttachment(
  db: AirgapDb,
  ctx: OutputContext,
  record: AttachmentRecord,
  purpose: string,
  save: (file: { bytes: Uint8Array<ArrayBuffer>; suggestedName: string }) => Promise<SaveOutcome>,
): Promise<{ line: OutputLine; save: SaveOutcome }> {
  const bytes = await requireAttachmentBytes(db, record);
  const line = await reserveOutput(db, ctx, {
    kind: 'attachment',
    title: `${record.title}（${record.fileName}）`,
    mark: markFor(record.classification),
    purpose,
  });
  const settle = (saved: boolean) =>
    settleOutput(db, { actor: ctx.actor, now: new Date() }, line.id, saved, { details: { attachment: record.id, sha256: record.sha256 } });
  let outcome: SaveOutcome;
  try {
    outcome = await save({ bytes, suggestedName: attachmentSaveName(record) });
  } catch (error) {
    await settle(false);
    throw error;
  }
  return { line: await settle(outcome.saved), save: outcome };
}
