import { describe, expect, it } from 'vitest';
import { ForbiddenError, OutOfScopeError } from '../../../src-renderer/core/accounts';
import { createTranslator } from '../../../src-renderer/i18n';
import { forbiddenMessage } from '../../../src-renderer/ui/forbidden';

/** What a screen says when the repository refused a write: the roles, or the data scope (issue 15.3). */
describe('forbiddenMessage', () => {
  const t = createTranslator('zh-CN');

  it('names the data scope for a customer outside it, the roles otherwise, nothing for other errors', () => {
    expect(forbiddenMessage(new OutOfScopeError('archive.write'), t)).toBe('该客户不在当前账号的数据范围内');
    expect(forbiddenMessage(new ForbiddenError('archive.write'), t)).toBe('当前登录账号的角色无权执行此操作');
    expect(forbiddenMessage(new Error('disk full'), t)).toBeNull();
  });

  it('in English too', () => {
    expect(forbiddenMessage(new OutOfScopeError('archive.write'), createTranslator('en-US'))).toBe(
      'This customer is outside the data scope of the signed-in account',
    );
  });
});
