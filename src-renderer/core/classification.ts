import { z } from 'zod';

/**
 * Classification marks (密级标志) as printed on documents of a classified system: a level and,
 * for classified levels, the secrecy period, written 秘密★10年. Levels are ordered so that a report
 * can be marked with at least the highest level among its records.
 */
export const CLASSIFICATION_LEVELS = ['public', 'internal', 'secret', 'confidential'] as const;
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/** Default secrecy periods of the Law on Guarding State Secrets (秘密 10 years, 机密 20 years). */
export const DEFAULT_PERIOD_YEARS: Record<ClassificationLevel, number | null> = {
  public: null,
  internal: null,
  secret: 10,
  confidential: 20,
};

export const classificationMarkSchema = z
  .object({
    level: z.enum(CLASSIFICATION_LEVELS),
    periodYears: z
      .number({ error: 'validation.markPeriod' })
      .int('validation.markPeriod')
      .min(1, 'validation.markPeriod')
      .max(30, 'validation.markPeriod')
      .nullable(),
  })
  .refine((m) => (m.level === 'secret' || m.level === 'confidential') === (m.periodYears !== null), {
    message: 'validation.markPeriod',
    path: ['periodYears'],
  });

export type ClassificationMark = z.infer<typeof classificationMarkSchema>;

const LEVEL_ZH: Record<ClassificationLevel, string> = {
  public: '公开',
  internal: '内部',
  secret: '秘密',
  confidential: '机密',
};

/** The mark as printed: 内部, 秘密★10年, 机密★20年. It is always Chinese, whatever the UI locale. */
export function formatMark(mark: ClassificationMark): string {
  const level = LEVEL_ZH[mark.level];
  return mark.periodYears === null ? level : `${level}★${mark.periodYears}年`;
}

/** A record's classification level as written (内部, 秘密), without a secrecy period: a record's level is not a print mark. */
export function classificationName(level: ClassificationLevel): string {
  return LEVEL_ZH[level];
}

export function markFor(level: ClassificationLevel): ClassificationMark {
  return { level, periodYears: DEFAULT_PERIOD_YEARS[level] };
}

export function compareLevels(a: ClassificationLevel, b: ClassificationLevel): number {
  return CLASSIFICATION_LEVELS.indexOf(a) - CLASSIFICATION_LEVELS.indexOf(b);
}

/** The higher of two marks; on equal levels the longer period. */
export function higherMark(a: ClassificationMark, b: ClassificationMark): ClassificationMark {
  const byLevel = compareLevels(a.level, b.level);
  if (byLevel !== 0) return byLevel > 0 ? a : b;
  return (a.periodYears ?? 0) >= (b.periodYears ?? 0) ? a : b;
}
