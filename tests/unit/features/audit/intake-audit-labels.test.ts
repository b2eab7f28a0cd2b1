import { describe, expect, it } from 'vitest';
import { INTAKE_AUDIT_ACTIONS } from '../../../../src-renderer/core/audit/intake-actions';
import { detailLines } from '../../../../src-renderer/features/audit/audit-format';
import { createTranslator } from '../../../../src-renderer/i18n';
import { auditActionLabel } from '../../../../src-renderer/i18n/enum-labels';

const zh = createTranslator('zh-CN');
const en = createTranslator('en-US');
const LATIN = /[A-Za-z]/;

/** The details each intake entry writes (data/exchange/intake-audit.ts, data/grading/audit.ts, data/backup-restore.ts). */
const DETAILS = {
  import: {
    sender: '市场部',
    fingerprint: '8129 4906',
    sequence: 3,
    exporter: '张伟',
    fileCreatedAt: '2026-11-26T08:00:00.000Z',
    mark: 'internal',
    records: 4,
  },
  counts: { added: 4, updated: 1, unchanged: 2, older: 0, conflicts: 1 },
  conflict: { kind: 'customers', sender: '市场部', keptLocal: true, tookLoser: true, fieldsFromLoser: 1 },
  approval: { evaluationDate: '2026-11-26', batch: true, customers: 3, gradeChanges: 2, templateVersion: 1, criteriaVersion: 0, approvalNote: '同意' },
  rule: { version: 2 },
  restore: {
    organisation: '航天材料及工艺研究所',
    department: '市场部',
    backupCreatedAt: '2026-11-26T08:00:00.000Z',
    entries: 12,
    replacedSeq: 20,
    replacedHash: 'ab',
    unreadableDatabase: false,
  },
};

describe('the intake entries in words (issue 15.5)', () => {
  it('every intake action has its label in both languages, the Chinese one without Latin letters', () => {
    for (const action of Object.values(INTAKE_AUDIT_ACTIONS)) {
      expect(auditActionLabel(action), action).not.toBe('auditAction.other');
      expect(zh(auditActionLabel(action)), action).not.toMatch(LATIN);
      expect(en(auditActionLabel(action)), action).not.toBe(auditActionLabel(action));
    }
  });

  it('every detail they write has its own label; coded values read in words', () => {
    for (const details of Object.values(DETAILS)) {
      for (const { label } of detailLines(details, zh, 'zh-CN')) {
        expect(label).not.toMatch(/^其他/);
        expect(label).not.toMatch(LATIN);
      }
    }
    const conflict = detailLines(DETAILS.conflict, zh, 'zh-CN');
    expect(conflict).toContainEqual({ label: '保留本部门版本', value: '是' });
    expect(conflict).toContainEqual({ label: '记录类别', value: '客户' });
    expect(detailLines(DETAILS.import, zh, 'zh-CN')).toContainEqual({ label: '发送部门', value: '市场部' });
  });
});
