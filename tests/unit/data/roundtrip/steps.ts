import fc from 'fast-check';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { DuplicateCustomerError, OverpaymentError } from '../../../../src-renderer/data/customers';
import { ExportError, ImportRefusedError } from '../../../../src-renderer/data/exchange';
import { RecordNotFoundError } from '../../../../src-renderer/data/records';
import { UndoRefusedError } from '../../../../src-renderer/data/spreadsheet-import';
import type { Params } from './pick';
import { ARCHIVE_STEPS } from './steps-archive';
import { OTHER_STEPS } from './steps-other';
import { AUDIT_STEPS } from './steps-audit';
import { SHEET_STEPS } from './steps-sheet';
import { ATTACHMENT_STEPS } from './steps-attachments';
import type { World } from './world';

/**
 * One step of the property test: which department acts, which repository action, four numbers the
 * action turns into its input (rows picked, texts, choices) and how far the wall clock moves first.
 */
export interface Step {
  at: number;
  kind: string;
  p: Params;
  wait: number;
}

const STEPS: Record<string, (d: World['depts'][number], p: Params, world: World) => Promise<unknown>> = {
  ...ARCHIVE_STEPS,
  ...OTHER_STEPS,
  ...AUDIT_STEPS,
  ...SHEET_STEPS,
  ...ATTACHMENT_STEPS,
};
/** Creations weigh more than the rest, so later steps find rows to act on. */
const WEIGHTED = [
  ...Object.keys(STEPS),
  'managerCreate',
  'customerCreate',
  'customerCreate',
  'customerCreate',
  'contactCreate',
  'benefitSave',
  'settlementCreate',
  'complaintRegister',
  'gradingDraft',
  'gradingYear',
  'surveyCreate',
  'questionnaireSave',
  'exchange',
  'exchange',
  'auditAppend',
  'auditAppend',
  'attachmentAdd',
];
/** From a few seconds to a few days: deadlines, follow-ups and office days move. */
const WAITS = [1_000, 60_000, 3_600_000, 86_400_000, 3 * 86_400_000];

/**
 * Steps every run starts with, so that the random ones find rows to act on: managers, a group with
 * a sub-unit and an institute, a contact, business figures at A; a manager and a group at B; A's
 * archive sent to B; audit entries at both and a signed checkpoint at A; both of A's policies set;
 * a spreadsheet import at A (its record and mapping are rows a backup carries), undone at B after its own.
 */
export const OPENING: Step[] = [
  ['managerCreate', 0, [1, 1, 0, 0]],
  ['managerCreate', 0, [2, 2, 0, 0]],
  ['customerCreate', 0, [0, 0, 0, 1]],
  ['customerCreate', 0, [1, 0, 0, 2]],
  ['customerCreate', 0, [2, 0, 2, 4]],
  ['contactCreate', 0, [0, 1, 1, 0]],
  ['benefitSave', 0, [2, 0, 3, 0]],
  ['settlementCreate', 0, [2, 1, 0, 0]],
  ['managerCreate', 1, [3, 0, 0, 0]],
  ['customerCreate', 1, [3, 0, 0, 1]],
  ['exchange', 0, [0, 0, 0, 0]],
  ['auditAppend', 0, [0, 1, 2, 0]],
  ['auditAppend', 0, [1, 2, 3, 0]],
  ['auditCheckpoint', 0, [0, 0, 0, 0]],
  ['auditAppend', 1, [0, 0, 5, 0]],
  ['policySet', 0, [0, 1, 0, 0]],
  ['policySet', 0, [1, 2, 0, 0]],
  ['sheetImport', 0, [1, 0, 0, 1]],
  ['sheetImport', 1, [2, 0, 2, 0]],
  ['sheetImportUndo', 1, [0, 0, 0, 0]],
].map(([kind, at, p]) => ({ kind: kind as string, at: at as number, p: p as Params, wait: 2 }));

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  at: fc.nat(2),
  kind: fc.constantFrom(...WEIGHTED),
  p: fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.nat(1000)),
  wait: fc.nat(WAITS.length - 1),
});

/**
 * What a repository may answer instead of writing: a typed refusal of bad input or of an action the
 * state does not allow (nothing written, the screen shows a message). Anything else — an archive
 * error from a writer, an import refusing its own app's records as invalid, a crash — fails the test.
 */
function isRefusal(error: unknown): boolean {
  if (error instanceof ImportRefusedError) return error.code === 'missing-customer';
  return (
    error instanceof ValidationError ||
    error instanceof OverpaymentError ||
    error instanceof DuplicateCustomerError ||
    error instanceof RecordNotFoundError ||
    error instanceof ExportError ||
    // An import whose records were changed since is not undone (nothing written).
    error instanceof UndoRefusedError
  );
}

/** Runs one step in the first two departments (`at` 2 is the first again: it acts more). */
export async function runStep(world: World, step: Step, outcomes?: Outcomes): Promise<void> {
  world.now += WAITS[step.wait]!;
  const dept = world.depts[step.at % 2]!;
  let outcome: keyof Tally;
  try {
    const result = await STEPS[step.kind]!(dept, step.p, world);
    outcome = result === undefined || result === false || result === null ? 'skipped' : 'written';
  } catch (error) {
    if (!isRefusal(error)) throw error;
    outcome = 'refused';
  }
  if (outcomes) {
    const tally = (outcomes[step.kind] ??= { written: 0, refused: 0, skipped: 0 });
    tally[outcome]++;
  }
}

/** Per action: how often it wrote, was refused, or found nothing to act on. */
export interface Tally {
  written: number;
  refused: number;
  skipped: number;
}
export type Outcomes = Record<string, Tally>;
export const ACTION_KINDS = Object.keys(STEPS);
