import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src-renderer/i18n';
import { dossierPlace, zeroingPlace } from '../../../../src-renderer/features/reports/AttachmentsSection';
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
