import { describe, expect, it } from 'vitest';
import { validateBackupRecord } from '../../../../src-renderer/core/backup';
import { generateInstitute } from '../../../../src-renderer/core/synthetic';

describe('stored complaint rows (backup and exchange validation)', () => {
  it('accepts every generated complaint with its envelope and refuses an unknown field or a bad status', () => {
    const envelope = { rev: '0000018c8f2e4a00-0000', origin: '01890a5d-ac96-774b-bcce-b302099a8057', updatedBy: '张伟', deletedAt: null };
    let checked = 0;
    for (const batch of generateInstitute({ customers: 50, contacts: 0, interactions: 0, complaints: 300 }, 7)) {
      if (batch.table !== 'complaints') continue;
      for (const row of batch.records) {
        expect(validateBackupRecord('complaints', { ...row, ...envelope })).toBeNull();
        checked += 1;
      }
      const row = { ...batch.records[0]!, ...envelope };
      expect(validateBackupRecord('complaints', { ...row, note: 'x' })).not.toBeNull();
      expect(validateBackupRecord('complaints', { ...row, status: 'lost' })).toMatch(/^status/);
    }
    expect(checked).toBe(300);
  });
});
