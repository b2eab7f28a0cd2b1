/**
 * Readable complaint numbers: TS-<year>-<sequence>, e.g. TS-2026-0001 — 投诉 in the institute's
 * usual letter code, numbered per year of receipt, at least 4 digits (the 10,000th of a year is
 * TS-2026-10000, never a wrap-around).
 *
 * Two installations (departments) exchange complaints, so two TS-2026-0001 could meet. The record's
 * identity is its id (a UUID), never the number, so nothing breaks; but people quote numbers, so an
 * installation that exchanges sets a short department code (a letter, then up to 5 letters/digits,
 * e.g. KF3) and numbers its complaints TS-KF3-2026-0001. The sequence is per code and year: each
 * installation counts only its own, so no two ever need to agree on a counter. A number never changes
 * once given, and a foreign complaint keeps the number its department gave it.
 */
export interface ComplaintNumber {
  /** The department code, null for an installation without one. */
  code: string | null;
  year: number;
  sequence: number;
}

export const DEPARTMENT_CODE = /^[A-Z][A-Z0-9]{1,5}$/;
const NUMBER = /^TS-(?:([A-Z][A-Z0-9]{1,5})-)?(\d{4})-(\d{4,})$/;

export function isDepartmentCode(code: string): boolean {
  return DEPARTMENT_CODE.test(code);
}

/** Throws on a code or year no setting can produce (the settings schema checks the code first): a programming error. */
export function formatComplaintNumber({ code, year, sequence }: ComplaintNumber): string {
  if (code !== null && !isDepartmentCode(code)) throw new RangeError(`bad department code ${code}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad year ${year}`);
  const prefix = code ? `TS-${code}-` : 'TS-';
  return `${prefix}${String(year).padStart(4, '0')}-${String(sequence).padStart(4, '0')}`;
}

/** The parts of a number, or null when it is not one (sequence 0 and leading-zero overflow like 00001 are refused). */
export function parseComplaintNumber(text: string): ComplaintNumber | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const digits = m[3]!;
  if (digits.length > 4 && digits.startsWith('0')) return null;
  const sequence = Number(digits);
  if (sequence < 1 || !Number.isSafeInteger(sequence)) return null;
  return { code: m[1] ?? null, year: Number(m[2]), sequence };
}

/**
 * The next number of `year` for this installation. `existing` is either the numbers already given
 * (any year or code: others are ignored, so the caller may pass a whole index range) or the last
 * sequence of the year. It is the highest + 1, not the count + 1: a gap (a number given then
 * deleted) is never filled, so a number is never given twice.
 */
export function nextComplaintNumber(year: number, existing: readonly string[] | number, code: string | null = null): string {
  let last = 0;
  if (typeof existing === 'number') last = existing;
  else {
    for (const n of existing) {
      const p = parseComplaintNumber(n);
      if (p && p.year === year && p.code === code && p.sequence > last) last = p.sequence;
    }
  }
  return formatComplaintNumber({ code, year, sequence: last + 1 });
}
