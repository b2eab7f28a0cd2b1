import { z } from 'zod';
import { isCarriableKey } from '../archive-file/safe-json';
import { multiline, requiredLine } from '../customers/fields';
import { numberIn } from './number-field';
import { SUBJECTIVE_TOTAL, type ScoringTemplate } from './template';
import { PAYMENT_STABILITIES } from './types';

/**
 * Validation of a scoring template a department head edits: unique item ids, each objective source
 * at most once, positive maximum points, well-formed bands (rising thresholds, points that never
 * fall and reach the maximum), subjective items adding up to 100. Messages are i18n keys.
 */
const itemBase = {
  // Assessments key their entries by it: it must be a key an archive file can carry.
  id: z
    .string({ error: 'validation.required' })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'validation.grading.itemId')
    .refine(isCarriableKey, 'validation.reservedId'),
  label: requiredLine(50),
  maxPoints: numberIn(0, SUBJECTIVE_TOTAL, 'validation.grading.maxPoints').refine((x) => x > 0, 'validation.grading.maxPoints'),
  guide: multiline(1000),
};
const points = numberIn(0, SUBJECTIVE_TOTAL, 'validation.grading.bandPoints');

const bandedItemSchema = z.object({
  ...itemBase,
  kind: z.literal('objective'),
  source: z.enum(['benefit', 'cooperation']),
  bands: z
    .array(z.object({ atLeast: numberIn(0, Number.MAX_SAFE_INTEGER, 'validation.grading.bandOrder'), points }), { error: 'validation.invalid_type' })
    .min(1, 'validation.grading.bandsMissing')
    .max(10, 'validation.tooMany'),
});

const paymentItemSchema = z.object({
  ...itemBase,
  kind: z.literal('objective'),
  source: z.literal('payment'),
  bands: z.object(Object.fromEntries(PAYMENT_STABILITIES.map((s) => [s, points])) as Record<(typeof PAYMENT_STABILITIES)[number], typeof points>),
});

const subjectiveItemSchema = z.object({ ...itemBase, kind: z.literal('subjective') });

// Discriminated (by kind, then by source) so an error names the field of the item, not just "no kind matched".
const objectiveItemSchema = z.discriminatedUnion('source', [bandedItemSchema, paymentItemSchema], { error: 'validation.grading.itemKind' });
const itemSchema = z.discriminatedUnion('kind', [objectiveItemSchema, subjectiveItemSchema], { error: 'validation.grading.itemKind' });

export const scoringTemplateSchema = z
  .object({
    version: z.number({ error: 'validation.grading.version' }).int('validation.grading.version').min(1, 'validation.grading.version'),
    items: z.array(itemSchema, { error: 'validation.invalid_type' }).max(30, 'validation.tooMany'),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    const sources = new Set<string>();
    let subjective = 0;
    template.items.forEach((item, i) => {
      const at = (...path: (string | number)[]) => ['items', i, ...path];
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', message: 'validation.grading.duplicateItemId', path: at('id') });
      ids.add(item.id);
      if (item.kind === 'subjective') {
        subjective += item.maxPoints;
        return;
      }
      if (sources.has(item.source)) ctx.addIssue({ code: 'custom', message: 'validation.grading.duplicateSource', path: at('source') });
      sources.add(item.source);
      if (item.source === 'payment') {
        const b = item.bands;
        const order = [b.stable, b.relatively_stable, b.unstable, b.overdue_over_1y];
        if (order.some((p) => p > item.maxPoints)) ctx.addIssue({ code: 'custom', message: 'validation.grading.bandPoints', path: at('bands') });
        else if (order.some((p, k) => k > 0 && p > order[k - 1]!))
          ctx.addIssue({ code: 'custom', message: 'validation.grading.bandPoints', path: at('bands') });
        else if (b.stable !== item.maxPoints) ctx.addIssue({ code: 'custom', message: 'validation.grading.bandTop', path: at('bands', 'stable') });
        return;
      }
      item.bands.forEach((band, k) => {
        const before = item.bands[k - 1];
        if (before && band.atLeast <= before.atLeast)
          ctx.addIssue({ code: 'custom', message: 'validation.grading.bandOrder', path: at('bands', k, 'atLeast') });
        if (band.points > item.maxPoints || (before && band.points < before.points))
          ctx.addIssue({ code: 'custom', message: 'validation.grading.bandPoints', path: at('bands', k, 'points') });
      });
      const top = item.bands[item.bands.length - 1];
      if (top && top.points !== item.maxPoints)
        ctx.addIssue({ code: 'custom', message: 'validation.grading.bandTop', path: at('bands', item.bands.length - 1, 'points') });
    });
    // Summed in hundredths so 33.33 + 33.33 + 33.34 is exactly 100.
    if (Math.round(subjective * 100) !== SUBJECTIVE_TOTAL * 100) ctx.addIssue({ code: 'custom', message: 'validation.grading.subjectiveSum', path: ['items'] });
  });

/** Points the manager entered per subjective item id; null or missing = not scored yet. */
export type SubjectiveEntries = Readonly<Record<string, number | null | undefined>>;

/**
 * The schema of one customer's subjective entries under `template`: each subjective item 0 to its
 * maximum (or null, not scored yet); ids the template does not have are refused (a stale form).
 */
export function subjectiveEntriesSchema(template: ScoringTemplate) {
  const shape: Record<string, z.ZodType> = {};
  for (const item of template.items) {
    if (item.kind !== 'subjective') continue;
    shape[item.id] = z
      .number({ error: 'validation.grading.number' })
      .min(0, 'validation.grading.itemPoints')
      .max(item.maxPoints, 'validation.grading.itemPoints')
      .nullable()
      .optional();
  }
  return z.strictObject(shape, { error: 'validation.grading.unknownItem' });
}
