import { INTERACTION_KINDS, OUR_DEPARTMENTS, REQUIREMENT_STATUSES, type RequirementStatus } from '../core/model';
import type { Translate } from '../i18n';
import { departmentLabel, interactionKindLabel, requirementStatusLabel } from '../i18n/enum-labels';

/** Select options for the archive's enums, labelled in the current locale. */
export const kindOptions = (t: Translate) => INTERACTION_KINDS.map((value) => ({ value, label: t(interactionKindLabel(value)) }));
export const departmentOptions = (t: Translate) => OUR_DEPARTMENTS.map((value) => ({ value, label: t(departmentLabel(value)) }));
export const requirementStatusOptions = (t: Translate) => REQUIREMENT_STATUSES.map((value) => ({ value, label: t(requirementStatusLabel(value)) }));

/**
 * A money NumberInput (万元; the unit is in the label): thousands separators, and nothing "fixed"
 * as the user types or leaves the field — no min to clamp -50 to 0, no decimal scale to cut a fifth
 * decimal. The repository refuses what is wrong with its message, and nothing is saved.
 */
export const MONEY_INPUT = { thousandSeparator: ',', hideControls: true, clampBehavior: 'none' } as const;

/** A NumberInput's value ('' when empty) as the repository expects it: a number, or '' for "missing". */
export function numberOrBlank(value: number | string): number | string {
  if (value === '' || value === null || value === undefined) return '';
  const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
  return Number.isFinite(n) ? n : value;
}

export const REQ_STATUS_COLOR: Record<RequirementStatus, string> = { open: 'blue', in_progress: 'yellow', answered: 'green', closed: 'gray' };
