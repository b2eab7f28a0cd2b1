// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportAttachment } from '../../../../src-renderer/data/reports';
import { createTranslator } from '../../../../src-renderer/i18n';
import { AttachmentsSection, dossierPlace, zeroingPlace } from '../../../../src-renderer/features/reports/AttachmentsSection';
import { reportFormat } from '../../../../src-renderer/features/reports/report-format';

describe('the record a printed file belongs to (issue 18.6)', () => {
  const t = createTranslator('zh-CN');
  const format = reportFormat('zh-CN');

  it('a dossier names the customer, an interaction by its day, a requirement by its title, a complaint by its number, a zeroing item by its name', () => {
    expect(dossierPlace({ kind: 'customers' }, t, format)).toBe('客户');
    expect(dossierPlace({ kind: 'interactions', date: '2026-11-20' }, t, format)).toBe('往来记录 2026年11月20日');
    expect(dossierPlace({ kind: 'requirements', title: '样件' }, t, format)).toBe('需求 样件');
    expect(dossierPlace({ kind: 'complaints', number: 'TS-2026-0001' }, t, format)).toBe('投诉 TS-2026-0001');
    expect(dossierPlace({ kind: 'complaints', number: 'TS-2026-0001', zeroingItem: 'located' }, t, format)).toBe('投诉 TS-2026-0001 归零项：定位准确');
  });

  it('a zeroing report names the item, or the complaint itself', () => {
    expect(zeroingPlace({ kind: 'complaints', number: 'TS-2026-0001', zeroingItem: 'measures_effective' }, t)).toBe('措施有效');
    expect(zeroingPlace({ kind: 'complaints', number: 'TS-2026-0001' }, t)).toBe('投诉本身');
  });
});

afterEach(cleanup);

const row = (overrides: Partial<ReportAttachment>): ReportAttachment =>
  ({
    id: '01900000-0000-7000-8000-0000000a0001',
    customerId: '01900000-0000-7000-8000-0000000c0001',
    owner: { kind: 'customers', id: '01900000-0000-7000-8000-0000000c0001' },
    title: '2026 年度配套合同',
    kind: 'agreement',
    classification: 'secret',
    notes: '',
    fileName: '配套合同.pdf',
    mimeType: 'application/pdf',
    size: 1024,
    sha256: 'a'.repeat(64),
    addedAt: '2026-11-26T04:00:00.000Z',
    searchKeys: [],
    rev: '0',
    origin: '01900000-0000-7000-8000-000000000001',
    updatedBy: '张伟',
    deletedAt: null,
    place: { kind: 'customers' },
    ...overrides,
  }) as ReportAttachment;

describe('the 附件 section of a printed report', () => {
  const format = reportFormat('zh-CN');
  const t = createTranslator('zh-CN');

  it('says in one line that there are no files, rather than printing an empty table', () => {
    render(<AttachmentsSection rows={[]} place={(p) => dossierPlace(p, t, format)} format={format} testId="dossier-attachments" />);
    expect(screen.getByRole('heading', { name: '附件' })).toBeTruthy();
    expect(screen.getByText('无附件。')).toBeTruthy();
    expect(screen.queryByTestId('dossier-attachments')).toBeNull();
  });

  it('prints each file’s title, kind, mark, file name, day added and record', () => {
    render(<AttachmentsSection rows={[row({})]} place={(p) => dossierPlace(p, t, format)} format={format} testId="dossier-attachments" />);
    const table = screen.getByTestId('dossier-attachments');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['标题', '类别', '密级', '文件名', '添加日期', '所属记录']);
    expect([...within(table).getAllByRole('row')[1]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '2026 年度配套合同',
      '合同/协议',
      '秘密',
      '配套合同.pdf',
      '2026年11月26日',
      '客户',
    ]);
  });
});
