import { AccountRefusedError, ForbiddenError } from '../../core/accounts';
import { ValidationError } from '../../core/validation';

/**
 * The accounts repository refuses in three ways: ValidationError (field messages), ForbiddenError and
 * AccountRefusedError (one `messageKey` each: 不能停用自己的账号…). The app's form and action hooks
 * (useRecordForm, useAction) show a ValidationError's messages in the user's language and anything
 * else as a bare 操作失败, so the other two are passed on as a ValidationError with a form-level
 * message: the administrator reads why, in Chinese.
 */
export async function refusalsAsValidation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AccountRefusedError || error instanceof ForbiddenError) throw new ValidationError({ _: error.messageKey });
    throw error;
  }
}
