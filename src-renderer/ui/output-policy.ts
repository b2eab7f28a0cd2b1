import { ForbiddenError, type Role } from '../core/accounts';
import type { ClassificationLevel } from '../core/classification';
import { checkOutputPolicy, OutputPolicyError, outputLimit, policyList, purposeSchema, type OutputKind, type OutputPolicy } from '../core/output';
import { ValidationError } from '../core/validation';
import { HostError } from '../host';
import type { MessageKey, Translate } from '../i18n';
import { classificationLabel } from '../i18n/enum-labels';

/**
 * The output policy as the screens show it (issue 15.6): the refusal a print or export button
 * would meet, so the button is disabled with its reason beside it (the data layer refuses the same).
 */
export function policyRefusal(policy: OutputPolicy, roles: readonly Role[], kind: OutputKind, level: ClassificationLevel): OutputPolicyError | null {
  try {
    checkOutputPolicy(policy, roles, kind, level);
    return null;
  } catch (error) {
    if (error instanceof OutputPolicyError) return error;
    throw error;
  }
}

/** The refusal as a message key and its parameters (the level names in the UI language). */
export function outputPolicyProblem(t: Translate, error: OutputPolicyError): { key: MessageKey; details: string[]; params?: Record<string, string> } {
  const print = policyList(error.kind) === 'print';
  if (error.limit === null) return { key: print ? 'output.policy.printNone' : 'output.policy.exportNone', details: [] };
  return {
    key: print ? 'output.policy.printAbove' : 'output.policy.exportAbove',
    details: [],
    params: { limit: t(classificationLabel(error.limit)), level: t(classificationLabel(error.level)) },
  };
}

/** "输出策略只允许当前账号打印内部及以下的材料，本次为秘密" in the UI language. */
export function outputPolicyMessage(t: Translate, error: OutputPolicyError): string {
  const problem = outputPolicyProblem(t, error);
  return t(problem.key, problem.params);
}

/** The reason a user may not make this kind of output at all (the policy allows none), or null. */
export function outputLimitProblem(t: Translate, policy: OutputPolicy, roles: readonly Role[], kind: OutputKind): string | null {
  if (outputLimit(policy, roles, kind) !== null) return null;
  return t(policyList(kind) === 'print' ? 'output.policy.printNone' : 'output.policy.exportNone');
}

/** The purpose's problem as the register would refuse it (a validation message key), or null. */
export function purposeCheck(purpose: string): MessageKey | null {
  const parsed = purposeSchema.safeParse(purpose);
  return parsed.success ? null : (parsed.error.issues[0]!.message as MessageKey);
}

/**
 * Why a registered file output (a table export, an attachment's 下载) did not happen, said where the
 * dialog says it: a refused 用途 under its field, anything else above the buttons — the policy, a
 * role the user lacks, the host's save, else `failed`.
 */
export function fileOutputFailure(t: Translate, error: unknown, failed: MessageKey): { purpose: MessageKey } | { problem: string } {
  if (error instanceof ValidationError) return { purpose: (error.fieldErrors.purpose ?? 'validation.required') as MessageKey };
  if (error instanceof OutputPolicyError) return { problem: outputPolicyMessage(t, error) };
  if (error instanceof ForbiddenError) return { problem: t('accounts.forbidden') };
  if (error instanceof HostError) return { problem: t(`hostError.${error.code}`) };
  return { problem: t(failed) };
}
