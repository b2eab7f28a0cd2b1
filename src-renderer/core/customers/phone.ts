import { z } from 'zod';

/**
 * Chinese phone numbers as people write them, stored in one form:
 *   mobile    138 1234 5678, 138-1234-5678, +86 13812345678, １３８… → 13812345678
 *   landline  (010) 8888 6666, 010-88886666, 01088886666, +86 10 88886666 → 010-88886666
 *             with an extension 转123, -123, ext.123 or x123 → 010-88886666转123
 * Area codes: 010 and 02x have three digits, every other one four (0755, 0371), which is how a
 * number without a hyphen is split; a hyphen the user typed after a 3- or 4-digit area code is kept.
 * Local numbers have 7 or 8 digits and never start with 0 or 1 (those are trunk and service prefixes).
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LOCAL = /^[2-9]\d{6,7}$/;
const DASHES = /[\u2010-\u2015\u2212\ufe63]/g;
const EXTENSION = /^(.*?)(?:转|ext\.?|x|#)(\d{1,6})$/i;

export function normalisePhone(raw: string): string | null {
  let s = raw
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/[\s().]/g, '');
  let ext = '';
  const m = EXTENSION.exec(s);
  if (m) [s, ext] = [m[1]!, m[2]!];
  // Country code: +86 / 0086; a landline written after it has lost its trunk 0 (+86 10 … = 010 …).
  const international = /^(?:\+|00)86-?/.exec(s);
  if (international) {
    s = s.slice(international[0].length);
    if (!s.startsWith('0') && !MOBILE.test(s.replace(/-/g, ''))) s = `0${s}`;
  }
  if (!/^[\d-]+$/.test(s)) return null;
  const groups = s.split('-').filter(Boolean);
  const digits = groups.join('');
  if (!ext && MOBILE.test(digits)) return digits;
  const whole = landline(groups, ext);
  if (whole || ext || groups.length < 2) return whole;
  // 010-88886666-123: the last group is an extension when the rest is a whole number.
  const last = groups[groups.length - 1]!;
  return last.length <= 6 ? landline(groups.slice(0, -1), last) : null;
}

function landline(groups: readonly string[], ext: string): string | null {
  const digits = groups.join('');
  if (!/^0\d{9,11}$/.test(digits)) return null;
  const typed = groups.length > 1 && /^0\d{2,3}$/.test(groups[0]!) ? groups[0]!.length : 0;
  const areaLength = typed || (digits.startsWith('010') || digits.startsWith('02') ? 3 : 4);
  const local = digits.slice(areaLength);
  if (!LOCAL.test(local)) return null;
  return `${digits.slice(0, areaLength)}-${local}${ext ? `转${ext}` : ''}`;
}

function phoneTransform(allowBlank: boolean) {
  return z.string({ error: 'validation.phone' }).transform((raw, ctx) => {
    if (allowBlank && raw.trim() === '') return '';
    const phone = normalisePhone(raw);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.phone' });
      return z.NEVER;
    }
    return phone;
  });
}

/** One phone, normalised; anything that is not a Chinese mobile or landline is 'validation.phone'. */
export const phoneSchema = phoneTransform(false);

/** An optional phone (a manager's): blank or missing is ''. */
export const optionalPhoneSchema = z.preprocess((v) => (v === undefined || v === null ? '' : v), phoneTransform(true));
