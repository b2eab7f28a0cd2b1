import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_CAP_MB, parseAttachmentCap } from '../../../../src-renderer/features/security/attachment-cap';

describe('the 单个附件大小上限（MB） field (issue 18.2)', () => {
  it('empty is the default 100 MB (no value in the policy); a whole number from 1 to 2048 is kept as typed', () => {
    expect(DEFAULT_ATTACHMENT_CAP_MB).toBe(100);
    expect(parseAttachmentCap('  ')).toEqual({ ok: true, mb: undefined });
    expect(parseAttachmentCap('1')).toEqual({ ok: true, mb: 1 });
    expect(parseAttachmentCap(' 250 ')).toEqual({ ok: true, mb: 250 });
    expect(parseAttachmentCap('2048')).toEqual({ ok: true, mb: 2048 });
  });

  it('refuses, never rounds or clamps, anything else: the schema’s Chinese message', () => {
    for (const text of ['0', '2049', '1.5', '-5', '十', '100MB', '1e3'])
      expect(parseAttachmentCap(text), text).toEqual({ ok: false, message: 'validation.attachments.capRange' });
  });
});
