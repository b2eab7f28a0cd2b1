import { CLASSIFICATION_LEVELS } from '../../../core/classification';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerStatus } from '../../../core/model';
import type { Translate } from '../../../i18n';
import { classificationLabel, customerLevelLabel, customerStatusLabel, customerTypeLabel } from '../../../i18n/enum-labels';

/**
 * Select options for the customer enums, labelled through the one label map per enum
 * (i18n/enum-labels.ts), so the list, the filters, the form and the palette say the same thing.
 */
export interface Option {
  value: string;
  label: string;
}

export const levelOptions = (t: Translate): Option[] => CUSTOMER_LEVELS.map((l) => ({ value: String(l), label: t(customerLevelLabel(l)) }));
export const typeOptions = (t: Translate): Option[] => CUSTOMER_TYPES.map((v) => ({ value: v, label: t(customerTypeLabel(v)) }));
export const statusOptions = (t: Translate): Option[] => CUSTOMER_STATUSES.map((v) => ({ value: v, label: t(customerStatusLabel(v)) }));
export const classificationOptions = (t: Translate): Option[] => CLASSIFICATION_LEVELS.map((v) => ({ value: v, label: t(classificationLabel(v)) }));

/** Badge colours: active is the normal case (quiet), dormant needs attention, lost is gone. */
export const STATUS_COLOR: Record<CustomerStatus, string> = { active: 'green', dormant: 'yellow', lost: 'gray' };
