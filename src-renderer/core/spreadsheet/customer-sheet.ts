import type { z } from 'zod';
import { contactFieldsSchema } from '../customers/contact';
import { customerFieldsSchema } from '../customers/customer';
import { CUSTOMER_TYPES, type CustomerType } from '../customers/enums';
import { ARCHIVE_LIMITS } from '../customers/fields';
import { aliasMap, CUSTOMER_HEADERS } from './headers';
import { phonesOfCell } from './phones';
import type { FieldCell, RowContext, RowResult, SheetKind } from './preview';
import type { CustomerSheetValues, SheetField, SheetIssue } from './types';
import { cellText, parseDay } from './values';

const customer = customerFieldsSchema.shape;
const contact = contactFieldsSchema.shape;

/** The one-line and multi-line text fields, each checked by the archive's own schema (which also tidies it). */
const TEXT_FIELDS: ReadonlyMap<SheetField, { schema: z.ZodType<string, unknown>; join: string }> = new Map([
  ['customer.name', { schema: customer.name, join: ' ' }],
  ['customer.shortName', { schema: customer.shortName, join: ' ' }],
  ['customer.region', { schema: customer.region, join: ' ' }],
  ['customer.address', { schema: customer.address, join: ' ' }],
  ['customer.managerName', { schema: customer.managerName, join: ' ' }],
  ['customer.notes', { schema: customer.notes, join: '\n' }],
  ['contact.name', { schema: contact.name, join: ' ' }],
  ['contact.title', { schema: contact.title, join: ' ' }],
  ['contact.department', { schema: contact.department, join: ' ' }],
  ['contact.notes', { schema: contact.notes, join: '\n' }],
]);

/**
 * Customer types as offices write them: the labels the app shows (军工集团单位…), common short forms, and
 * the codes themselves. Written here, not taken from the i18n catalog: the core reads what a file says.
 */
const TYPE_WORDS = new Map<string, CustomerType>([
  ...CUSTOMER_TYPES.map((t): [string, CustomerType] => [t, t]),
  ['军工集团单位', 'defence_group'],
  ['军工集团', 'defence_group'],
  ['军工单位', 'defence_group'],
  ['集团单位', 'defence_group'],
  ['部队单位', 'armed_forces'],
  ['部队', 'armed_forces'],
  ['军队', 'armed_forces'],
  ['军方', 'armed_forces'],
  ['民营企业', 'private'],
  ['民企', 'private'],
  ['私营企业', 'private'],
  ['科研院所', 'research_institute'],
  ['研究院所', 'research_institute'],
  ['院所', 'research_institute'],
  ['其他', 'other'],
  ['其它', 'other'],
]);

const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'validation.invalid_type';
const CONTACT_FIELDS: readonly SheetField[] = ['contact.title', 'contact.department', 'contact.notes', 'contact.phones'];

/** One customer sheet row: a unit and, when any contact column is filled, one contact. */
function readCustomerRow(cells: ReadonlyMap<SheetField, readonly FieldCell[]>, context: RowContext): RowResult<SheetField, CustomerSheetValues> {
  const values: Record<string, unknown> = {};
  const errors: SheetIssue[] = [];
  const warnings: SheetIssue[] = [];
  const textOf = (field: SheetField, join: string) => (cells.get(field) ?? []).map((c) => cellText(c.cell)).join(join);

  for (const [field, { schema, join }] of TEXT_FIELDS) {
    // The name is checked even when its column is blank or missing (required); other fields only when written.
    if (!cells.has(field) && field !== 'customer.name') continue;
    const parsed = schema.safeParse(textOf(field, join));
    if (!parsed.success) errors.push({ field, message: firstMessage(parsed.error) });
    else if (parsed.data !== '') values[field] = parsed.data;
  }

  if (cells.has('customer.tags')) {
    const parsed = customer.tags.safeParse(textOf('customer.tags', '、'));
    if (!parsed.success) errors.push({ field: 'customer.tags', message: firstMessage(parsed.error), params: { max: ARCHIVE_LIMITS.words } });
    else if (parsed.data.length > 0) values['customer.tags'] = parsed.data;
  }

  if (cells.has('customer.type')) {
    const written = textOf('customer.type', '').normalize('NFKC').replace(/\s+/g, '');
    const type = TYPE_WORDS.get(written) ?? TYPE_WORDS.get(written.toLowerCase());
    if (type) values['customer.type'] = type;
    else errors.push({ field: 'customer.type', message: 'validation.choice' });
  }

  const start = cells.get('customer.cooperationStart')?.[0];
  if (start) {
    const day = parseDay(start.cell);
    if (!day.ok) errors.push({ field: 'customer.cooperationStart', message: day.message });
    else if (day.value > context.today) errors.push({ field: 'customer.cooperationStart', message: 'validation.dateInFuture' });
    else {
      values['customer.cooperationStart'] = day.value;
      if (day.warning) warnings.push({ field: 'customer.cooperationStart', message: day.warning });
    }
  }

  const localPhones = readPhones(cells.get('contact.phones') ?? [], context, values, errors, warnings);

  const hasContact = CONTACT_FIELDS.some((f) => cells.has(f));
  if (hasContact && !cells.has('contact.name')) errors.push({ field: 'contact.name', message: 'spreadsheet.row.contactNameMissing' });

  return { values: values as CustomerSheetValues, errors, warnings, ...(localPhones.length > 0 ? { localPhones } : {}) };
}

function readPhones(cells: readonly FieldCell[], context: RowContext, values: Record<string, unknown>, errors: SheetIssue[], warnings: SheetIssue[]): string[] {
  const phones: string[] = [];
  const local: string[] = [];
  for (const { cell } of cells) {
    const read = phonesOfCell(cellText(cell), context.areaCode);
    phones.push(...read.phones);
    local.push(...read.local);
    for (const phone of read.invalid) errors.push({ field: 'contact.phones', message: 'validation.phone', params: { phone } });
  }
  const unique = [...new Set(phones)];
  if (unique.length > ARCHIVE_LIMITS.phones) errors.push({ field: 'contact.phones', message: 'validation.tooMany', params: { max: ARCHIVE_LIMITS.phones } });
  else if (unique.length > 0) values['contact.phones'] = unique;
  for (const phone of local) warnings.push({ field: 'contact.phones', message: 'spreadsheet.warning.localPhone', params: { phone } });
  return local;
}

export const customerKind: SheetKind<SheetField, CustomerSheetValues> = {
  aliases: aliasMap(CUSTOMER_HEADERS),
  required: ['customer.name'],
  multi: new Set(['contact.phones']),
  readRow: readCustomerRow,
};
