import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { ARCHIVE_AUDIT_ACTIONS } from '../../../../src-renderer/core/audit/archive-actions';
import { OutputPolicyError } from '../../../../src-renderer/core/output';
import { detailLines } from '../../../../src-renderer/features/audit/audit-format';
import { addAttachments, attachmentOpensWithProgram, openAttachmentWithProgram, type AttachmentRecord } from '../../../../src-renderer/data/attachments';
import { HostError } from '../../../../src-renderer/host/bridge';
import { createTranslator } from '../../../../src-renderer/i18n';
import { auditActionLabel } from '../../../../src-renderer/i18n/enum-labels';
import { testActor } from '../../../shared/actors';
import { complaintsWorld } from '../complaints/fixtures';

/** 用系统程序打开 (issue 18.3): the same rules as 下载 first, and a trace in the audit log either way. */

const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
const NOW = new Date('2026-12-07T02:00:00.000Z');

type World = Awaited<ReturnType<typeof complaintsWorld>>;
let w: World;
let record: AttachmentRecord;
beforeEach(async () => {
  w = await complaintsWorld();
  const added = await addAttachments(
    w.db,
    { kind: 'customers', id: w.institute.id },
    [{ file: new Blob([DOCX]), fileName: '总装工艺 第2版.docx', entry: { title: '总装工艺', kind: 'report', classification: 'secret', notes: '' } }],
    w.ctx,
    1024 * 1024,
  );
  record = added[0]!;
});
afterEach(() => w.db.close());

const entries = () => w.db.audit.where('action').equals(ARCHIVE_AUDIT_ACTIONS.attachmentOpenWithProgram).toArray();

describe('openAttachmentWithProgram', () => {
  it('hands the file’s bytes over under its own name and records who opened which file, of which mark', async () => {
    const open = vi.fn(async () => null);
    await openAttachmentWithProgram(w.db, { actor: testActor(), now: NOW }, record, open);
    expect(open).toHaveBeenCalledWith({ name: '总装工艺 第2版.docx', bytes: DOCX });
    const [entry, ...more] = await entries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      at: NOW.toISOString(),
      userName: '张伟',
      outcome: 'success',
      object: { kind: 'attachment', id: record.id, label: '总装工艺（总装工艺 第2版.docx）' },
      details: { fileName: '总装工艺 第2版.docx', sha256: record.sha256, mark: 'secret' },
    });
  });

  it('records a failed opening too (the copy may have been written), and passes the host’s failure on', async () => {
    const failure = new HostError('io-error', 'open-failed');
    await expect(openAttachmentWithProgram(w.db, { actor: testActor(), now: NOW }, record, async () => Promise.reject(failure))).rejects.toBe(failure);
    expect((await entries()).map((e) => e.outcome)).toEqual(['failure']);
  });

  it('is refused, handing nothing over and recording nothing, where 下载 would be: by the output policy and by permission', async () => {
    const open = vi.fn(async () => null);
    // 投诉处理人 may export nothing by the default policy; the auditor may not read the archive.
    await expect(openAttachmentWithProgram(w.db, { actor: testActor('王芳', ['complaint-handler']), now: NOW }, record, open)).rejects.toBeInstanceOf(
      OutputPolicyError,
    );
    await expect(openAttachmentWithProgram(w.db, { actor: testActor('赵敏', ['audit-admin']), now: NOW }, record, open)).rejects.toBeInstanceOf(ForbiddenError);
    expect(open).not.toHaveBeenCalled();
    expect(await entries()).toEqual([]);
  });

  it('is offered for the allowed types only, by the name the file would get', () => {
    expect(attachmentOpensWithProgram({ fileName: '总装工艺.docx', title: '总装工艺' })).toBe(true);
    expect(attachmentOpensWithProgram({ fileName: '数据.dat', title: '数据' })).toBe(false);
    expect(attachmentOpensWithProgram({ fileName: 'setup.exe', title: '安装' })).toBe(false);
  });

  it('reads in words in the audit log, in both languages, the Chinese without Latin letters', async () => {
    await openAttachmentWithProgram(w.db, { actor: testActor(), now: NOW }, record, async () => null);
    const zh = createTranslator('zh-CN');
    const en = createTranslator('en-US');
    const label = auditActionLabel(ARCHIVE_AUDIT_ACTIONS.attachmentOpenWithProgram);
    expect(zh(label)).toBe('用系统程序打开附件');
    expect(en(label)).not.toBe(label);
    const lines = detailLines((await entries())[0]!.details, zh, 'zh-CN');
    for (const { label: line } of lines) expect(line).not.toMatch(/^其他|[A-Za-z]/);
    expect(lines).toContainEqual({ label: '密级', value: '秘密' });
  });
});
