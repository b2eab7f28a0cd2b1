import { DEFAULT_ATTACHMENT_CAP_BYTES } from '../../core/attachments';
import { outputPolicySchema } from '../../core/output';
import type { MessageKey } from '../../i18n';

/** The default cap as the form shows it (100 MB). */
export const DEFAULT_ATTACHMENT_CAP_MB = DEFAULT_ATTACHMENT_CAP_BYTES / (1024 * 1024);

/**
 * The 单个附件大小上限（MB） field as typed: empty is the default (no value in the policy); anything
 * else must be what the policy's schema accepts (a whole number of MB from 1 to 2048). Never
 * rounded or clamped: 0, 2049, 1.5 or 十 is refused with the schema's message.
 */
export function parseAttachmentCap(text: string): { ok: true; mb: number | undefined } | { ok: false; message: MessageKey } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, mb: undefined };
  const mb = /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const parsed = outputPolicySchema.shape.attachmentCapMb.safeParse(mb);
  return parsed.success
    ? { ok: true, mb: parsed.data }
    : { ok: false, message: (parsed.error.issues[0]?.message ?? 'validation.attachments.capRange') as MessageKey };
}
