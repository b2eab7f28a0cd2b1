import { POLICY_BOUNDS, type PolicyPreset } from '../../core/accounts';
import type { MessageKey } from '../../i18n';

/**
 * The policy form's values: the policy's own shape, so the repository's field paths
 * (`password.minLength`) are the form's. A number field the user emptied holds '' until saved, when
 * the repository refuses it: the form never fills in or clamps a value by itself.
 */
export interface PolicyFormValues {
  preset: PolicyPreset;
  password: { minLength: number | string; minClasses: number | string; maxAgeDays: number | string; historyCount: number | string };
  lockout: { threshold: number | string; minutes: number | string };
  idleLockMinutes: number | string;
}

export interface PolicyField {
  path: string;
  label: MessageKey;
  bounds: readonly [number, number];
  hint?: MessageKey;
}

export const PASSWORD_FIELDS: readonly PolicyField[] = [
  { path: 'password.minLength', label: 'security.policy.minLength', bounds: POLICY_BOUNDS.minLength },
  { path: 'password.minClasses', label: 'security.policy.minClasses', bounds: POLICY_BOUNDS.minClasses, hint: 'security.policy.minClassesHint' },
  { path: 'password.maxAgeDays', label: 'security.policy.maxAgeDays', bounds: POLICY_BOUNDS.maxAgeDays },
  { path: 'password.historyCount', label: 'security.policy.historyCount', bounds: POLICY_BOUNDS.historyCount },
];

export const SESSION_FIELDS: readonly PolicyField[] = [
  { path: 'lockout.threshold', label: 'security.policy.threshold', bounds: POLICY_BOUNDS.lockoutThreshold },
  { path: 'lockout.minutes', label: 'security.policy.lockMinutes', bounds: POLICY_BOUNDS.lockoutMinutes },
  { path: 'idleLockMinutes', label: 'security.policy.idleMinutes', bounds: POLICY_BOUNDS.idleLockMinutes },
];

export const presetLabel = (preset: PolicyPreset): MessageKey => `security.preset.${preset}`;
