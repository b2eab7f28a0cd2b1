import type { IsoDate } from '../iso-dates';

/** 是/否 as offices write them; null for anything else. */
export function parseYesNo(text: string): boolean | null {
  void text;
  return null;
}

export type Parsed<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };

export function parseDay(cell: string | number | boolean): Parsed<IsoDate> {
  void cell;
  return { ok: false, message: 'validation.date' };
}

export function parseWan(cell: string | number | boolean, unit: 'wan' | 'yuan' = 'wan'): Parsed<number> {
  void cell;
  void unit;
  return { ok: false, message: 'validation.money' };
}
