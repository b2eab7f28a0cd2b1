import { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../../../core/classification';
import { CUSTOMER_LEVELS, CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerLevel, type CustomerStatus, type CustomerType } from '../../../core/model';
import type { MessageKey, Translate } from '../../../i18n';

/**
 * The words for the customer enums, in one place so the list, the filters, the form and the palette
 * say the same thing. Enum values are stored; labels are always looked up in the catalog.
 */
export const levelKey = (level: CustomerLevel): MessageKey => `customers.level.${level}`;
export const typeKey = (type: CustomerType): MessageKey => `customers.type.${type}`;
export const statusKey = (status: CustomerStatus): MessageKey => `customers.status.${status}`;
export const markKey = (level: ClassificationLevel): MessageKey => `mark.${level}`;

export interface Option {
  value: string;
  label: string;
}

export const levelOptions = (t: Translate): Option[] => CUSTOMER_LEVELS.map((l) => ({ value: String(l), label: t(levelKey(l)) }));
export const typeOptions = (t: Translate): Option[] => CUSTOMER_TYPES.map((v) => ({ value: v, label: t(typeKey(v)) }));
export const statusOptions = (t: Translate): Option[] => CUSTOMER_STATUSES.map((v) => ({ value: v, label: t(statusKey(v)) }));
export const classificationOptions = (t: Translate): Option[] => CLASSIFICATION_LEVELS.map((v) => ({ value: v, label: t(markKey(v)) }));

/** Badge colours: active is the normal case (quiet), dormant needs attention, lost is gone. */
export const STATUS_COLOR: Record<CustomerStatus, string> = { active: 'green', dormant: 'yellow', lost: 'gray' };
