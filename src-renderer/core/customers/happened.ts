import type { z } from 'zod';
import type { IsoDate } from '../iso-dates';
import { interactionFieldsSchema, requirementFieldsSchema } from './activity';
import { settlementFieldsSchema } from './business';
import { isValidIsoDate } from './dates';
import { handoverFieldsSchema } from './people';

/**
 * Days that say something HAPPENED — a contact took place, a request came in or was answered, money
 * was paid, a customer was handed over — cannot be later than the day they are entered on (issue
 * 12.4). Planned days (a due date, a follow-up date) may be in the future. The rule applies to what a
 * person enters, so it lives in these `…EntrySchema(today)` functions, never in the field schemas:
 * backups and exchange files are checked with the field schemas, and a record another installation
 * made stays importable whatever this PC's clock says (a clock far in the future is the exchange's
 * drift check, not this rule). `today` is the caller's office day (data/customers/common `officeDayOf`:
 * China time), passed in because core has no clock. No tolerance: a day is entered by hand and the
 * same clock fills the form's default, so "tomorrow" is always a mistake.
 */
export function notAfterToday<T>(today: IsoDate, fields: readonly (keyof T & string)[]) {
  return (values: T, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const day = values[field];
      if (isValidIsoDate(day) && day > today) ctx.addIssue({ code: 'custom', message: 'validation.dateInFuture', path: [field] });
    }
  };
}

/** 往来记录 as entered on `today`: its date has happened (the follow-up date may be later). */
export const interactionEntrySchema = (today: IsoDate) => interactionFieldsSchema.superRefine(notAfterToday(today, ['date']));

/** 需求 as entered on `today`: received and answered days have happened (the due date may be later). */
export const requirementEntrySchema = (today: IsoDate) => requirementFieldsSchema.superRefine(notAfterToday(today, ['receivedDate', 'answeredDate']));

/** 回款 as entered on `today`: the day paid has happened (the due date may be later). */
export const settlementEntrySchema = (today: IsoDate) => settlementFieldsSchema.superRefine(notAfterToday(today, ['paidDate']));

/** 交接 as entered on `today`: the handover day has happened. */
export const handoverEntrySchema = (today: IsoDate) => handoverFieldsSchema.superRefine(notAfterToday(today, ['date']));
