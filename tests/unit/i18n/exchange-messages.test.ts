import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../src-renderer/core/archive-file';
import { CardError } from '../../../src-renderer/core/exchange/card';
import { MERGE_OUTCOMES } from '../../../src-renderer/core/exchange/merge';
import { CONFLICT_STATUSES } from '../../../src-renderer/core/exchange/conflict';
import { ExportError, ImportRefusedError } from '../../../src-renderer/data/exchange';
import { exchangeErrorMessage } from '../../../src-renderer/features/exchange/messages';
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
