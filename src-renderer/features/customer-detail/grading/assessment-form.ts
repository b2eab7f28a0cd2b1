import type { ScoringTemplate, SubjectiveEntries } from '../../../core/grading';

/**
 * The 打分表 form of one customer and year, and what it sends to `saveAssessment`. Pure, so the
 * conversions are unit-tested: an empty input is "not scored yet" (null), never 0, and text that is
 * not a number is passed on for the repository to refuse in Chinese (nothing is guessed or clamped:
 * a 30 typed into a 25-point item is refused, not silently saved as 25).
 */
export interface AssessmentFormValues {
  /** Per subjective item id: what the number input holds ('' = empty). */
  entries: Record<string, number | string>;
  communicationDifficult: boolean;
  note: string;
}

interface StoredAssessment {
  entries: SubjectiveEntries;
  communicationDifficult: boolean;
  note: string;
}

/** The form's starting values: the saved assessment's scores for the template's subjective items. */
export function assessmentFormValues(template: ScoringTemplate, saved: StoredAssessment | null | undefined): AssessmentFormValues {
  const entries: Record<string, number | string> = {};
  for (const item of template.items) {
    if (item.kind !== 'subjective') continue;
    const value = saved?.entries[item.id];
    entries[item.id] = typeof value === 'number' ? value : '';
  }
  return { entries, communicationDifficult: saved?.communicationDifficult ?? false, note: saved?.note ?? '' };
}

/** What `saveAssessment` receives: empty → null, numbers as typed, anything else as text (refused there). */
export function assessmentInput(
  values: AssessmentFormValues,
  year: number,
): { year: number; entries: Record<string, number | string | null>; communicationDifficult: boolean; note: string } {
  const entries: Record<string, number | string | null> = {};
  for (const [id, value] of Object.entries(values.entries)) {
    entries[id] = typeof value === 'number' ? value : value.trim() === '' ? null : value;
  }
  return { year, entries, communicationDifficult: values.communicationDifficult, note: values.note };
}

/**
 * A refusal's field errors placed on the form: an item id names its score input (`entries.<id>`),
 * the mark and the note their own fields; anything else (a deleted customer, a year out of range)
 * is a message for the whole form.
 */
export function assessmentErrors(
  fieldErrors: Readonly<Record<string, string>>,
  itemIds: readonly string[],
): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const [path, key] of Object.entries(fieldErrors)) {
    const head = path.split('.')[0] ?? '';
    if (itemIds.includes(head)) fields[`entries.${head}`] ??= key;
    else if (head === 'communicationDifficult' || head === 'note') fields[head] ??= key;
    else if (!form.includes(key)) form.push(key);
  }
  return { fields, form };
}
