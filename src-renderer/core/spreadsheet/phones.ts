import { normalisePhone } from '../customers/phone';

/** What several phones written in one cell become: archive numbers, local landlines kept as written, and what is no phone. */
export interface PhoneCell {
  readonly phones: string[];
  /** 7–8 digit landlines with no area code (63913136) and none chosen: kept as written. */
  readonly local: string[];
  readonly invalid: string[];
}

/** Between numbers in one cell: commas, semicolons, 、, slashes, bars, line breaks, 或/和/及. */
const BETWEEN = /[,;、/|\n\r]+|或|和|及/;
const LOCAL = /^[2-9]\d{6,7}$/;
const AREA_CODE = /^0\d{2,3}$/;

const localDigits = (text: string) => {
  const digits = text.replace(/[\s-]/g, '');
  return LOCAL.test(digits) ? digits : null;
};

/**
 * One written number: the archive's normaliser (core/customers/phone.ts) first; a local landline is
 * completed with `areaCode` when one was chosen, else kept as written.
 */
function readOne(text: string, areaCode: string | null, out: PhoneCell): boolean {
  const phone = normalisePhone(text);
  if (phone !== null) return out.phones.push(phone) > 0;
  const local = localDigits(text);
  if (local === null) return false;
  const completed = areaCode ? normalisePhone(`${areaCode}-${local}`) : null;
  if (completed !== null) out.phones.push(completed);
  else out.local.push(local);
  return true;
}

/**
 * The phones of one cell as offices write them: "13812345678，010-88886666", "138 1234 5678 / 63913136",
 * "13812345678 13912345678" (spaces alone separate numbers only when each part is a number: "010 8888 6666"
 * is one). Nothing is dropped: what is not a phone is returned in `invalid` for the row's error.
 */
export function phonesOfCell(text: string, areaCode?: string): PhoneCell {
  const code = areaCode && AREA_CODE.test(areaCode.normalize('NFKC').trim()) ? areaCode.normalize('NFKC').trim() : null;
  const out: PhoneCell = { phones: [], local: [], invalid: [] };
  for (const raw of text.normalize('NFKC').split(BETWEEN)) {
    const part = raw.trim();
    if (part === '' || readOne(part, code, out)) continue;
    const pieces = part.split(/\s+/);
    const trial: PhoneCell = { phones: [], local: [], invalid: [] };
    if (pieces.length > 1 && pieces.every((p) => readOne(p, code, trial))) {
      out.phones.push(...trial.phones);
      out.local.push(...trial.local);
    } else out.invalid.push(part);
  }
  return out;
}
