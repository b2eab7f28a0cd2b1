import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordsMark } from '../../../../src-renderer/core/reports';
import { addAttachments, type NewAttachment } from '../../../../src-renderer/data/attachments';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import { createInteraction, createRequirement, deleteInteraction } from '../../../../src-renderer/data/customers';
import { customerDossier, zeroingReportData } from '../../../../src-renderer/data/reports';
import { complaintsWorld, intake } from '../complaints/fixtures';

const CAP = 1024 * 1024;
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const file = (fileName: string, classification = 'internal'): NewAttachment => ({
  file: new Blob([PDF_BYTES as Uint8Array<ArrayBuffer>]),
  fileName,
  entry: { title: fileName.replace('.pdf', ''), kind: 'report', classification, notes: '' },
});

type World = Awaited<ReturnType<typeof complaintsWorld>>;
let w: World;
beforeEach(async () => {
  w = await complaintsWorld();
});
afterEach(() => w.db.close());

describe('the files a printed report lists (issue 18.6)', () => {
  it('a dossier lists the customer’s files and its live records’, each with its record, and its mark counts them', async () => {
    const empty = (await customerDossier(w.db, w.institute.id))!;
    expect(empty.attachments).toEqual([]);
    expect(recordsMark(empty.levels)).toEqual(recordsMark([w.institute.classification]));

    const early = await createInteraction(w.db, w.institute.id, { date: '2026-10-08', kind: 'visit', departments: ['design'], summary: '首次走访' }, w.ctx);
    const late = await createInteraction(w.db, w.institute.id, { date: '2026-11-20', kind: 'visit', departments: ['design'], summary: '技术交流' }, w.ctx);
    const gone = await createInteraction(w.db, w.institute.id, { date: '2026-11-21', kind: 'visit', departments: ['design'], summary: '误录' }, w.ctx);
    const requirement = await createRequirement(
      w.db,
      w.institute.id,
      { receivedDate: '2026-11-01', title: '样件', department: 'process', dueDate: '2026-11-20' },
      w.ctx,
    );
    const complaint = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    await addAttachments(w.db, { kind: 'interactions', id: early.id }, [file('首次纪要.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'interactions', id: late.id }, [file('交流纪要.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'interactions', id: gone.id }, [file('误录.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id, zeroingItem: 'located' }, [file('失效分析.pdf', 'secret')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id }, [file('来函.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'requirements', id: requirement.id }, [file('需求书.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'customers', id: w.institute.id }, [file('合作协议.pdf')], w.ctx, CAP);
    // A deleted interaction's file goes with it: not printed, and its mark is not counted.
    await deleteInteraction(w.db, gone.id, w.ctx);

    const dossier = (await customerDossier(w.db, w.institute.id))!;
    expect(dossier.attachments.map((a) => [a.fileName, a.place])).toEqual([
      ['合作协议.pdf', { kind: 'customers' }],
      ['交流纪要.pdf', { kind: 'interactions', date: '2026-11-20' }],
      ['首次纪要.pdf', { kind: 'interactions', date: '2026-10-08' }],
      ['需求书.pdf', { kind: 'requirements', title: '样件' }],
      ['来函.pdf', { kind: 'complaints', number: complaint.number }],
      ['失效分析.pdf', { kind: 'complaints', number: complaint.number, zeroingItem: 'located' }],
    ]);
    // The customer is 内部; one listed file is 秘密: the dossier is printed at least 秘密.
    expect(recordsMark(dossier.levels).level).toBe('secret');
  });

  it('a zeroing report lists the complaint’s own files, then each item’s in the “double five” order, and its mark counts them', async () => {
    const complaint = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    const other = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
    const none = (await zeroingReportData(w.db, complaint.id))!;
    expect(none.attachments).toEqual([]);
    expect(recordsMark(none.levels).level).toBe('internal');

    await addAttachments(w.db, { kind: 'complaints', id: complaint.id, zeroingItem: 'measures_effective' }, [file('验证报告.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id, zeroingItem: 'located' }, [file('失效分析.pdf', 'secret')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: complaint.id }, [file('来函.pdf')], w.ctx, CAP);
    await addAttachments(w.db, { kind: 'complaints', id: other.id }, [file('别的投诉.pdf', 'confidential')], w.ctx, CAP);

    const data = (await zeroingReportData(w.db, complaint.id))!;
    expect(data.attachments.map((a) => [a.fileName, a.place])).toEqual([
      ['来函.pdf', { kind: 'complaints', number: complaint.number }],
      ['失效分析.pdf', { kind: 'complaints', number: complaint.number, zeroingItem: 'located' }],
      ['验证报告.pdf', { kind: 'complaints', number: complaint.number, zeroingItem: 'measures_effective' }],
    ]);
    // Another complaint's 机密 file is not in this report: the mark is 秘密.
    expect(recordsMark(data.levels).level).toBe('secret');
  });
});
