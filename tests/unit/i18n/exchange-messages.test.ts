import { describe, expect, it } from 'vitest';
import { ARCHIVE_ERROR_CODES, ArchiveError, detectAgeLock } from '../../../src-renderer/core/archive-file';
import { CardError } from '../../../src-renderer/core/exchange/card';
import { MERGE_OUTCOMES } from '../../../src-renderer/core/exchange/merge';
import { CONFLICT_STATUSES } from '../../../src-renderer/core/exchange/conflict';
import { ExportError, ImportRefusedError } from '../../../src-renderer/data/exchange';
import { exchangeErrorMessage, importErrorMessage } from '../../../src-renderer/features/exchange/messages';
import { enUS } from '../../../src-renderer/i18n/en-US';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

describe('exchange messages', () => {
  it('every refusal, card problem, outcome and conflict status has a zh-CN and an en-US sentence', () => {
    const errors = [
      ...(['not-json', 'not-a-card', 'bad-field', 'bad-signature'] as const).map((p) => new CardError(p, p)),
      ...(['not-an-exchange-file', 'invalid-records', 'missing-customer', 'clock-drift', 'own-file'] as const).map((c) => new ImportRefusedError(c, ['x'])),
      ...(['no-recipient', 'unknown-department', 'empty-selection'] as const).map((c) => new ExportError(c, c)),
      new ArchiveError('bad-signature', 'x'),
    ];
    const keys: string[] = errors.map((e) => exchangeErrorMessage(e, 'common.error').key);
    expect(keys).not.toContain('common.error');
    keys.push(...MERGE_OUTCOMES.map((o) => `exchange.outcome.${o}`), ...CONFLICT_STATUSES.map((s) => `exchange.conflict.${s}`));
    expect(keys.filter((k) => !(k in zhCN) || !(k in enUS))).toEqual([]);
    expect(exchangeErrorMessage(new ImportRefusedError('invalid-records', ['#3 contacts: phones.0']), 'common.error').details).toEqual([
      '#3 contacts: phones.0',
    ]);
  });
});

describe('what the exchange import says about a file', () => {
  const zh = zhCN as Record<string, string>;
  const said = (error: unknown, lock: 'passphrase' | 'recipients' | null = null) => zh[importErrorMessage(error, lock).key]!;
  const refusedAtOnce = (bytes: Uint8Array) => {
    try {
      detectAgeLock(bytes);
    } catch (error) {
      return said(error);
    }
    throw new Error('no refusal');
  };

  it('says a file that is no exchange file is not one, in plain words, before anything is asked', () => {
    expect(refusedAtOnce(crypto.getRandomValues(new Uint8Array(2048)).fill(0x89, 0, 1))).toBe('这不是本系统的交换文件（也可能已损坏）。请向发送部门确认文件。');
    expect(refusedAtOnce(new TextEncoder().encode('{"format":"airgap-crm-key-card"}'))).toContain('这不是本系统的交换文件');
    expect(refusedAtOnce(new Uint8Array(0))).toContain('这个文件是空的，不是交换文件');
    expect(refusedAtOnce(new TextEncoder().encode('age-encryption.org/v1\n-> scr'))).toBe('文件不完整或已被改动，不能导入。请让发送部门重新导出。');
  });

  it('tells a wrong passphrase from a file locked for another department', () => {
    const wrongKey = new ArchiveError('wrong-key', 'no identity matched');
    expect(said(wrongKey, 'passphrase')).toContain('交换口令不对');
    expect(said(wrongKey, 'recipients')).toContain('这个文件是加密给其他部门的');
  });

  it('says a backup is a backup, and where it is restored', () => {
    expect(said(new ImportRefusedError('not-an-exchange-file'))).toBe(
      '这是本系统的整库备份文件，不是交换文件，不能在这里导入。备份由系统管理员在“系统设置 → 备份与恢复”中恢复。',
    );
  });

  it('has a sentence in both languages for every problem of a file, with no cryptographer’s words in Chinese', () => {
    const keys = ARCHIVE_ERROR_CODES.flatMap((code) => [
      importErrorMessage(new ArchiveError(code, code), 'passphrase').key,
      importErrorMessage(new ArchiveError(code, code), 'recipients').key,
      `archiveError.${code}`,
    ]);
    keys.push(importErrorMessage(new ImportRefusedError('own-file'), null).key, importErrorMessage(new Error('x'), null).key);
    expect(keys.filter((k) => !(k in zhCN) || !(k in enUS))).toEqual([]);
    // Latin letters in a zh-CN sentence: only the unit GB.
    const latin = [...new Set(keys)].filter((k) => /[A-Za-z]/.test(zh[k]!.replace(/\bGB\b/g, '')));
    expect(latin).toEqual([]);
    for (const k of new Set(keys)) expect(zh[k]).not.toMatch(/age|scrypt|X25519|stanza|HMAC|payload|manifest|解密失败/i);
  });
});
