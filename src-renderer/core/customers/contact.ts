import { z } from 'zod';
import { contactSearchKeys } from '../search/keys';
import { ARCHIVE_LIMITS as L, flagSchema, idSchema, multiline, optionalLine, requiredLine, unique } from './fields';
import { phoneSchema } from './phone';

/** Blank phone fields are dropped before validation: a form row left empty is not a bad number. */
const withoutBlankPhones = (v: unknown) =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.filter((p) => !(typeof p === 'string' && p.trim() === '')) : v;

/** A person at the customer. `searchKeys` are derived on save (`withContactKeys`). */
export const contactFieldsSchema = z.object({
  customerId: idSchema,
  name: requiredLine(L.short),
  title: optionalLine(L.short),
  department: optionalLine(L.short),
  /** Normalised (see phone.ts) and de-duplicated: 138 1234 5678 and 13812345678 are one number. */
  phones: z.preprocess(withoutBlankPhones, z.array(phoneSchema, { error: 'validation.invalid_type' }).overwrite(unique).max(L.phones, 'validation.tooMany')),
  notes: multiline(L.long),
  /** One primary contact per customer is a repository rule (it sees the siblings). */
  primary: flagSchema.default(false),
});

export type ContactValues = z.output<typeof contactFieldsSchema>;
/** A person at the customer as stored; `searchKeys` (name, pinyin, phone digits) are derived on save. */
export type ContactFields = ContactValues & { searchKeys: string[] };

export function withContactKeys(values: ContactValues): ContactFields {
  return { ...values, searchKeys: contactSearchKeys(values) };
}
