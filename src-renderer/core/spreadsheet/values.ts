import { isValidIsoDate } from '../customers/dates';
import type { IsoDate } from '../iso-dates';
import type { GridCell } from './book';
import { dayOfSerial } from './grid';

/** A value read from a cell, or the i18n key of why it cannot be read; `warning` when it was read but deserves a look. */
export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** A cell as text: numbers as Excel shows them in General format (13812345678, 1234.5), flags as TRUE/FALSE. */
export function cellText(cell: GridCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return cell;
}

/** Full-width digits, letters and punctuation (１２３, ２０１９／３／１) as their ASCII forms; spaces dropped. */
const compact = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const pad2 = (n: string) => n.padStart(2, '0');
const FULL_DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const PACKED_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const YEAR = /^\d{4}\s*年?$/;
/** Serial numbers Excel can show as a day from 1900-03-01 to 2100-12-31. */
const SERIALS = { min: 61, max: 73_415 } as const;

function dayOrFail(year: string, month: string, day: string, warning?: string): Parsed<IsoDate> {
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  if (!isValidIsoDate(iso)) return fail('validation.date');
  return warning ? { ok: true, value: iso, warning } : { ok: true, value: iso };
}

/**
 * A day as offices write it: a date cell (already 'YYYY-MM-DD'), 2019-03-01, 2019/3/1, 2019.3.1,
 * 2019年3月1日, 20190301, with a time after it or not; full-width digits too. A month alone (2019年3月,
 * 2019-03) is its first day, with the warning `spreadsheet.warning.monthOnly`; a year alone is refused
 * (`spreadsheet.value.yearOnly`: the first of January would be invented). A plain number in a date
 * column is read as an Excel serial whose date format was lost (`spreadsheet.warning.dateSerial`).
 * Day-first or month-first forms (3/1/2019) are refused: which one was meant cannot be told.
 */
export function parseDay(cell: GridCell): Parsed<IsoDate> {
  if (cell === null || typeof cell === 'boolean') return fail('validation.date');
  if (typeof cell === 'number') {
    const packed = PACKED_DAY.exec(cellText(cell));
    if (packed) return dayOrFail(packed[1]!, packed[2]!, packed[3]!);
    if (!Number.isInteger(cell) || cell < SERIALS.min || cell > SERIALS.max) return fail('validation.date');
    return { ok: true, value: dayOfSerial(cell), warning: 'spreadsheet.warning.dateSerial' };
  }
  const text = cell.normalize('NFKC').trim();
  const full = FULL_DAY.exec(text) ?? PACKED_DAY.exec(text);
  if (full) return dayOrFail(full[1]!, full[2]!, full[3]!);
  const month = MONTH.exec(text);
  if (month) return dayOrFail(month[1]!, month[2]!, '1', 'spreadsheet.warning.monthOnly');
  return fail(YEAR.test(text) ? 'spreadsheet.value.yearOnly' : 'validation.date');
}

/** The unit a money column is written in, from its header: 合同额（元） is yuan, anything else 万元 (the archive's unit). */
export type MoneyUnit = 'wan' | 'yuan';

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const MONEY = /^[¥$]?(.*?)(亿元|亿|万元|万|元)?$/;

/**
 * Money in 万元 as offices write it: 200万, 200万元, 1,234.5, １２３, ¥12,000元 (in yuan: 1.2 万元), 1.5亿.
 * A number with no unit is in the column's unit. Thousands separators must group by three (1,2345 is refused:
 * it is not clear what was meant). The archive's rule (at most 4 decimals of 万元, not negative) is the
 * sheet's to apply.
 */
export function parseWan(cell: GridCell, unit: MoneyUnit = 'wan'): Parsed<number> {
  if (cell === null || typeof cell === 'boolean') return fail('validation.money');
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: unit === 'yuan' ? cell / 10_000 : cell } : fail('validation.money');
  const m = MONEY.exec(compact(cell));
  const digits = m?.[1] ?? '';
  if (!PLAIN_NUMBER.test(digits) && !GROUPED_NUMBER.test(digits)) return fail('validation.money');
  const amount = Number(digits.replace(/,/g, ''));
  const written = m?.[2];
  const inWan =
    written === undefined
      ? unit === 'yuan'
        ? amount / 10_000
        : amount
      : written.startsWith('亿')
        ? amount * 10_000
        : written.startsWith('万')
          ? amount
          : amount / 10_000;
  return Number.isFinite(inWan) ? { ok: true, value: Math.round(inWan * 1e8) / 1e8 } : fail('validation.money');
}

/** A year as written in a figures sheet: 2023, 2023年, 2023年度, ２０２３. */
export function parseYear(cell: GridCell): Parsed<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? { ok: true, value: cell } : fail('validation.year');
  const m = /^(\d{4})(?:年度?)?$/.exec(compact(cellText(cell)));
  return m ? { ok: true, value: Number(m[1]) } : fail('validation.year');
}

const YES = new Set(['是', '有', '√', '✓', 'y', 'yes', 'true', '1', '对']);
const NO = new Set(['否', '无', '×', '✗', 'n', 'no', 'false', '0', '不是']);

/** 是/否 as offices write them (also 有/无, √/×, Y/N, TRUE/FALSE, 1/0); null for anything else. */
export function parseYesNo(cell: GridCell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  const text = compact(cellText(cell)).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}
