import type { RegradeChange } from '../../core/grading';
import type { RunStatus } from '../../data/grading';
import type { MessageKey } from '../../i18n';

/** How runs and changes are named and coloured on every grading screen (shares: ui/format formatPercent). */

// A run's status is named by the one label map (i18n/enum-labels.ts gradeRunStatusLabel).
export const STATUS_COLOR: Record<RunStatus, string> = { draft: 'yellow', approved: 'teal', discarded: 'gray', superseded: 'gray' };

export const KIND_LABEL: Record<'batch' | 'single', MessageKey> = {
  batch: 'gradingSection.kind.batch',
  single: 'gradingSection.kind.single',
};

/** The change filters of a run, in the order the summary reads them. */
export const CHANGE_FILTERS = ['up', 'down', 'new', 'same', 'overridden'] as const;
export type ChangeFilter = (typeof CHANGE_FILTERS)[number];

export const CHANGE_LABEL: Record<ChangeFilter, MessageKey> = {
  up: 'gradingSection.change.up',
  down: 'gradingSection.change.down',
  new: 'gradingSection.change.new',
  same: 'gradingSection.change.same',
  overridden: 'gradingSection.change.overridden',
};
export const CHANGE_COLOR: Record<RegradeChange, string> = { up: 'teal', down: 'orange', new: 'office', same: 'gray' };
