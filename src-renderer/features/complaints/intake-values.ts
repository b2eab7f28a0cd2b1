import { chinaDayOf, chinaInstant, chinaTimeOf, parseComplaintNumber } from '../../core/complaints';
import type { ComplaintRecord } from '../../data/complaints';
import { normaliseTimeText } from '../../core/format';
import { ValidationError } from '../../core/validation';
import { normaliseDay } from '../../ui/format';

/** The complaint's fields the 登记 form edits as they are stored. */
type IntakeFields = Pick<
  ComplaintRecord,
  'channel' | 'category' | 'severity' | 'contactId' | 'product' | 'description' | 'request' | 'handlerId' | 'department'
>;

/** The 登记 form's values: no customer yet on a new form, receipt as an office day and a time (China time, like every deadline). */
export interface IntakeValues extends IntakeFields, Record<string, unknown> {
  customerId: string | null;
  receivedDay: string;
  receivedTime: string;
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
 * A time that is not one (`25:00`, `9.30`) is refused at its field, never rolled into the next day;
 * a malformed day gives a malformed instant, which the repository refuses with its message.
 */
export function intakeInput(v: IntakeValues): Record<string, unknown> {
  const day = normaliseDay(v.receivedDay);
  const time = normaliseTimeText(v.receivedTime);
  if (time === null) throw new ValidationError({ receivedTime: 'validation.complaints.invalidTime' });
  const { receivedDay: _day, receivedTime: _time, ...rest } = v;
  return { ...rest, receivedAt: chinaInstant(day, time) };
}

/**
 * The year a receipt day falls in when it is not the year in the complaint's number (null otherwise):
 * numbers never change once given (docs/complaints.md, "Numbers"), so a receipt corrected into another
 * year keeps its number, and the screens say so.
 */
export function yearOtherThanNumber(number: string, day: string): number | null {
  const given = parseComplaintNumber(number)?.year;
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(normaliseDay(day));
  const year = m ? Number(m[1]) : null;
  return given !== undefined && year !== null && year !== given ? year : null;
}
