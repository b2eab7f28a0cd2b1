import { z } from 'zod';

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/** A number from a settings form: blank → `validation.required`, not a number → `validation.grading.number`, out of range → `rangeMessage`. */
export function numberIn(min: number, max: number, rangeMessage: string) {
  return z
    .number({ error: (issue) => (isBlank(issue.input) ? 'validation.required' : 'validation.grading.number') })
    .min(min, rangeMessage)
    .max(max, rangeMessage);
}
