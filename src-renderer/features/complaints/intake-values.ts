import { chinaDayOf, chinaInstant, chinaTimeOf } from '../../core/complaints';
import type { ComplaintCategory, ComplaintChannel, ComplaintSeverity } from '../../core/model';
import type { ComplaintRecord } from '../../data/complaints';
import { normaliseDay } from '../customer-detail/shared/format';

/** The 登记 form's values: receipt as an office day and a time (China time, like every deadline). */
export interface IntakeValues extends Record<string, unknown> {
  customerId: string | null;
  receivedDay: string;
  receivedTime: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  contactId: string | null;
  product: string;
  description: string;
  request: string;
  handlerId: string | null;
  department: string;
}

export function intakeValues(record: ComplaintRecord | undefined, customerId: string | null, now: Date): IntakeValues {
  const at = record?.receivedAt ?? now.toISOString();
  return {
    customerId: record?.customerId ?? customerId,
    receivedDay: chinaDayOf(at),
    receivedTime: chinaTimeOf(at),
    channel: record?.channel ?? 'phone',
    category: record?.category ?? 'quality',
    severity: record?.severity ?? 'major',
    contactId: record?.contactId ?? null,
    product: record?.product ?? '',
    description: record?.description ?? '',
    request: record?.request ?? '',
    handlerId: record?.handlerId ?? null,
    department: record?.department ?? '',
  };
}

/**
 * Back to the repository's input: day and time read as China time (+08:00) whatever the PC's zone.
 * A malformed day or time gives a malformed instant, which the repository refuses with its message.
 */
export function intakeInput(v: IntakeValues): Record<string, unknown> {
  const day = normaliseDay(v.receivedDay);
  const time = /^\d{1,2}:\d{2}$/.test(v.receivedTime.trim()) ? v.receivedTime.trim().padStart(5, '0') : v.receivedTime;
  const { receivedDay: _day, receivedTime: _time, ...rest } = v;
  return { ...rest, receivedAt: chinaInstant(day, time) };
}

