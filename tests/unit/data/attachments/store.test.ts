import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import {
  addAttachments,
  attachmentContent,
  attachmentDiskUse,
  attachmentsOf,
  attachmentsOfComplaint,
  attachmentsOfCustomer,
  deleteAttachment,
  restoreAttachment,
  searchAttachments,
  updateAttachment,
  type NewAttachment,
} from '../../../../src-renderer/data/attachments';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import {
  createCustomer,
  createInteraction,
  customerTimeline,
  deleteInteraction,
  deletedRecords,
  mergeCustomers,
  restoreRecord as restoreBinRecord,
} from '../../../../src-renderer/data/customers';
import { unitInput } from '../customers/fixtures';
import { historyOf } from '../../../../src-renderer/data/records';
import { testActor } from '../../../shared/actors';
import { intake, complaintsWorld } from '../complaints/fixtures';
import { refusal } from '../helpers';

const CAP = 1024 * 1024;
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const entry = (title: string, overrides: Record<string, unknown> = {}) => ({ title, kind: 'report', classification: 'internal', notes: '', ...overrides });
const file = (bytes: Uint8Array, fileName: string, title = fileName, overrides: Record<string, unknown> = {}): NewAttachment => ({
  file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  fileName,
  entry: entry(title, overrides),
});

type World = Awaited<ReturnType<typeof complaintsWorld>>;
let w: World;
beforeEach(async () => {
  w = await complaintsWorld();
});
afterEach(() => w.db.close());

/** An interaction of the institute to attach files to. */
const aVisit = () => createInteraction(w.db, w.institute.id, { date: '2026-11-20', kind: 'visit', departments: ['design'], summary: '技术交流' }, w.ctx);

async function storedCounts() {
  return { attachments: await w.db.attachments.count(), blobs: await w.db.attachmentBlobs.count(), changes: await w.db.changes.count() };
}

describe('adding files', () => {
  it('stores the metadata as a record with history and the bytes once per content, under the owner’s customer', async () => {
    const interaction = await aVisit();
    const added = await addAttachments(
      w.db,
      { kind: 'interactions', id: interaction.id },
      [file(PDF_BYTES, '纪要.pdf', '交流纪要', { kind: 'minutes' }), file(PNG_BYTES, '现场.png')],
      w.ctx,
      CAP,
    );
    expect(added.map((a) => [a.title, a.kind, a.mimeType, a.size, a.customerId])).toEqual([
      ['交流纪要', 'minutes', 'application/pdf', PDF_BYTES.length, w.institute.id],
      ['现场.png', 'report', 'image/png', PNG_BYTES.length, w.institute.id],
    ]);
    expect(added[0]!.sha256).toBe(bytesToHex(sha256(PDF_BYTES)));
    expect(added[0]!.updatedBy).toBe('张伟');
    for (const a of added) expect(validateBackupRecord('attachments', a)).toBeNull();
    expect((await historyOf(w.db, 'attachments', added[0]!.id)).map((e) => e.op)).toEqual(['create']);
    const content = await attachmentContent(w.db, added[0]!);
    expect(new Uint8Array(await content!.arrayBuffer())).toEqual(PDF_BYTES);
    expect(content!.type).toBe('application/pdf');

    // The same bytes attached again (to the customer itself) are stored once.
    await addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file(PDF_BYTES, '副本.pdf')], w.ctx, CAP);
    expect(await attachmentDiskUse(w.db)).toEqual({ files: 2, bytes: PDF_BYTES.length + PNG_BYTES.length });
    expect((await attachmentsOfCustomer(w.db, w.institute.id)).map((a) => a.fileName)).toEqual(['副本.pdf', '现场.png', '纪要.pdf']);
    expect((await attachmentsOf(w.db, { kind: 'interactions', id: interaction.id })).map((a) => a.fileName)).toEqual(['现场.png', '纪要.pdf']);
  });

  it('keeps a zeroing item’s evidence apart from the complaint’s own files', async () => {
    const complaint = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id }, [file(PDF_BYTES, '来函.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id, zeroingItem: 'located' }, [file(PNG_BYTES, '失效件.png')], w.ctx, CAP);
    expect((await attachmentsOf(w.db, { kind: 'complaints', id: complaint.id })).map((a) => a.fileName)).toEqual(['来函.pdf']);
    expect((await attachmentsOf(w.db, { kind: 'complaints', id: complaint.id, zeroingItem: 'located' })).map((a) => a.fileName)).toEqual(['失效件.png']);
    expect((await attachmentsOfComplaint(w.db, complaint.id)).length).toBe(2);
    const delivery = await registerComplaint(w.db, intake(w.institute.id, { category: 'delivery' }), w.ctx);
    expect(
      await refusal(addAttachments(w.db, { kind: 'complaints', id: delivery.id, zeroingItem: 'located' }, [file(PNG_BYTES, 'a.png')], w.ctx, CAP)),
    ).toEqual({
      owner: 'validation.attachments.noZeroing',
    });
  });

  it('refuses the whole add, writing nothing, when any file is bad — naming each problem', async () => {
    const before = await storedCounts();
    const errors = await refusal(
      addAttachments(
        w.db,
        { kind: 'customers', id: w.institute.id },
        [
          file(PDF_BYTES, '好的.pdf'),
          file(new Uint8Array(), '空.pdf'),
          file(new Uint8Array(CAP + 1), '大.bin'),
          file(PNG_BYTES, '合同.pdf'),
          file(PDF_BYTES, '../../etc/passwd.pdf'),
          file(PDF_BYTES, 'x.pdf', '  '),
          file(new TextEncoder().encode('MZ\x90'), '说明.pdf'),
        ],
        w.ctx,
        CAP,
      ),
    );
    expect(errors).toEqual({
      'items.1.file': 'validation.attachments.empty',
      'items.2.file': 'validation.attachments.tooLarge',
      'items.3.file': 'validation.attachments.typeMismatch',
      'items.4.fileName': 'validation.attachments.pathChars',
      'items.5.title': 'validation.required',
      'items.6.file': 'validation.attachments.program',
    });
    expect(await storedCounts()).toEqual(before);
  });

  it('refuses a deleted owner, and a user who may not change the owner’s kind', async () => {
    const interaction = await aVisit();
    await deleteInteraction(w.db, interaction.id, w.ctx);
    expect(await refusal(addAttachments(w.db, { kind: 'interactions', id: interaction.id }, [file(PDF_BYTES, 'a.pdf')], w.ctx, CAP))).toEqual({
      owner: 'validation.attachments.ownerGone',
    });
    const handler = { ...w.ctx, actor: testActor('赵处理', ['complaint-handler']) };
    await expect(addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file(PDF_BYTES, 'a.pdf')], handler, CAP)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const before = await storedCounts();
    expect(before.attachments).toBe(0);
  });
});

describe('changing, deleting and restoring', () => {
  it('keeps every change in history; a deleted file keeps its bytes and comes back', async () => {
    const [a] = await addAttachments(
      w.db,
      { kind: 'customers', id: w.institute.id },
      [file(PDF_BYTES, '协议.pdf', '技术协议', { kind: 'agreement' })],
      w.ctx,
      CAP,
    );
    w.ctx.tick();
    const renamed = await updateAttachment(w.db, a!.id, entry('技术协议（签字版）', { kind: 'agreement', classification: 'secret' }), w.ctx);
    expect(renamed).toMatchObject({ title: '技术协议（签字版）', classification: 'secret', fileName: '协议.pdf', sha256: a!.sha256 });
    expect(await refusal(updateAttachment(w.db, a!.id, entry('a\tb'), w.ctx))).toEqual({ title: 'validation.oneLine' });
    w.ctx.tick();
    await deleteAttachment(w.db, a!.id, w.ctx);
    expect(await attachmentsOfCustomer(w.db, w.institute.id)).toEqual([]);
    expect(await attachmentContent(w.db, a!)).toBeDefined();
    w.ctx.tick();
    await restoreAttachment(w.db, a!.id, w.ctx);
    expect((await attachmentsOfCustomer(w.db, w.institute.id)).map((r) => r.title)).toEqual(['技术协议（签字版）']);
    expect((await historyOf(w.db, 'attachments', a!.id)).map((e) => e.op)).toEqual(['create', 'update', 'delete', 'restore']);
  });
});

describe('where files show', () => {
  it('on the customer’s timeline on the day added; with their record gone, out of the tab until it is restored', async () => {
    const interaction = await aVisit();
    const [a] = await addAttachments(w.db, { kind: 'interactions', id: interaction.id }, [file(PDF_BYTES, '纪要.pdf', '交流纪要')], w.ctx, CAP);
    // A file of the customer itself too: the timeline's read reaches the customers table (a white page once).
    const [own] = await addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file(PNG_BYTES, '合影.png')], w.ctx, CAP);
    const timeline = await customerTimeline(w.db, w.institute.id);
    expect(timeline.filter((i) => i.kind === 'attachment').map((i) => [i.id, i.date])).toEqual([
      [own!.id, '2026-11-26'],
      [a!.id, '2026-11-26'],
    ]);
    await deleteInteraction(w.db, interaction.id, w.ctx);
    expect((await attachmentsOfCustomer(w.db, w.institute.id)).map((r) => r.id)).toEqual([own!.id]);
    await restoreBinRecord(w.db, 'interactions', interaction.id, w.ctx);
    expect((await attachmentsOfCustomer(w.db, w.institute.id)).map((r) => r.id)).toEqual([own!.id, a!.id]);
  });

  it('in the recycle bin once deleted, and back from it', async () => {
    const [a] = await addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file(PDF_BYTES, '协议.pdf')], w.ctx, CAP);
    await deleteAttachment(w.db, a!.id, w.ctx);
    expect((await deletedRecords(w.db)).filter((i) => i.table === 'attachments').map((i) => [i.record.id, i.customerName])).toEqual([
      [a!.id, w.institute.name],
    ]);
    await restoreBinRecord(w.db, 'attachments', a!.id, w.ctx);
    expect((await attachmentsOfCustomer(w.db, w.institute.id)).length).toBe(1);
  });

  it('with the kept customer after a merge: a file of the duplicate itself is attached to the kept one', async () => {
    const dup = await createCustomer(w.db, unitInput({ name: '航天材料及工艺研究所（重复）', level: 3, parentId: w.academy.id }), w.ctx);
    const [a] = await addAttachments(w.db, { kind: 'customers', id: dup.id }, [file(PDF_BYTES, '协议.pdf')], w.ctx, CAP);
    await mergeCustomers(w.db, w.institute.id, dup.id, w.ctx);
    const [moved] = await attachmentsOfCustomer(w.db, w.institute.id);
    expect(moved).toMatchObject({ id: a!.id, customerId: w.institute.id, owner: { kind: 'customers', id: w.institute.id } });
  });
});

describe('search', () => {
  it('finds a file by its title and by its file name, from a later character and by pinyin', async () => {
    await addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file(PDF_BYTES, '密封件失效分析.pdf', '质量问题归零报告')], w.ctx, CAP);
    for (const query of ['归零', '质量问题', 'zlwt', 'guiling', '失效分析', '密封件']) {
      expect(
        (await searchAttachments(w.db, query, 10)).map((h) => [h.attachment.title, h.customer.name]),
        query,
      ).toEqual([['质量问题归零报告', w.institute.name]]);
    }
    expect(await searchAttachments(w.db, 'pdf', 10)).toEqual([]);
    const [hit] = await searchAttachments(w.db, '归零', 10);
    await updateAttachment(w.db, hit!.attachment.id, entry('技术协议'), w.ctx);
    expect(await searchAttachments(w.db, '归零', 10)).toEqual([]);
    expect((await searchAttachments(w.db, 'jsxy', 10)).length).toBe(1);
  });
});
