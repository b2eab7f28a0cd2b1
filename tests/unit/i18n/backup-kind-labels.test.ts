import { describe, expect, it } from 'vitest';
import { BACKUP_KINDS } from '../../../src-renderer/core/backup';
import { isMessageKey } from '../../../src-renderer/i18n';

/**
 * The restore summary's 内容 names each kind a backup holds (features/backup/RestoreSummary.tsx):
 * a kind without a label showed its English table name (users, audit, auditCheckpoints) on a zh-CN screen.
 */
describe('backup kinds', () => {
  it('each have a label', () => {
    expect(BACKUP_KINDS.filter((kind) => !isMessageKey(`kind.${kind}`))).toEqual([]);
  });
});
