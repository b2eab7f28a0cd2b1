// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { backupRunError } from '../../../../src-renderer/features/backup/scheduled-backup';
import { createTranslator } from '../../../../src-renderer/i18n';

const zh = createTranslator('zh-CN');

describe('the recorded error of a scheduled backup, in Chinese', () => {
  it('names our own codes, the host’s and the archive’s, and a failed rotation', () => {
    expect(backupRunError('no-directory', zh)).toBe('尚未选择备份文件夹');
    expect(backupRunError('io-error', zh)).toBe('读写文件失败');
    expect(backupRunError('rotation:bad-path', zh)).toBe('备份已写入，但删除旧备份失败：文件路径无效或不可访问');
    expect(backupRunError('something-new', zh)).toBe('备份失败，原因不明');
  });
});
