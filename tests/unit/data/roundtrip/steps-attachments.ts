import { CLASSIFICATION_LEVELS } from '../../../../src-renderer/core/classification';
import { addAttachments, deleteAttachment, restoreAttachment } from '../../../../src-renderer/data/attachments';
import type { Dept } from './world';
import { deleted, live, nth, rowOf, rowStep, text, type Params } from './pick';

/**
 * Attachments (issue 18): files added to a customer (the same content twice sometimes, stored once),
 * deleted and restored — their records and bytes must survive a backup and an exchange.
 */
const CONTENTS = [
  new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  new TextEncoder().encode('纪要\n第二行\n'),
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
];
const NAMES = ['报告.pdf', '纪要.txt', '现场.png'];

export const ATTACHMENT_STEPS = {
  attachmentAdd: async (d: Dept, [p0, p1, p2, p3]: Params) => {
    const customer = await rowOf(d.db, 'customers', p0, live);
    if (!customer) return undefined;
    const which = p1 % CONTENTS.length;
    return addAttachments(
      d.db,
      { kind: 'customers', id: customer.id },
      [
        {
          file: new Blob([CONTENTS[which]!]),
          fileName: NAMES[which]!,
          entry: { title: text(100, p2) || '附件', kind: 'report', classification: nth(CLASSIFICATION_LEVELS, p3), notes: '' },
        },
      ],
      d.ctx,
      1024 * 1024,
    );
  },
  attachmentDelete: rowStep('attachments', live, deleteAttachment),
  attachmentRestore: rowStep('attachments', deleted, restoreAttachment),
};
