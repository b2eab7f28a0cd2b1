import type { AttachmentFields } from './attachments/schema';
import type { ComplaintFields } from './complaints/types';
import type { IsoDate, IsoDateTime } from './iso-dates';
import type { HandoverFields, InteractionFields, RequirementFields } from './customers/types';

/** What every timeline record carries from its envelope. */
interface Stamped {
  id: string;
  rev: string;
  deletedAt?: string | null;
}

/** An approved grade change: the day it took effect, from → to, and the sentence that decided it. */
export interface GradeChangeLike extends Stamped {
  date: IsoDate;
  /** Grades as text ('AAA'…): the timeline does not depend on the grading module. */
  previousGrade: string | null;
  grade: string;
  reason: string;
}

interface TimelineRecords {
  interaction: InteractionFields & Stamped;
  requirement: RequirementFields & Stamped;
  handover: HandoverFields & Stamped;
  grade_change: GradeChangeLike;
  complaint: ComplaintFields & Stamped;
  attachment: AttachmentFields & Stamped;
}
export type TimelineKind = keyof TimelineRecords;

export type TimelineItem = {
  [K in TimelineKind]: { kind: K; id: string; date: IsoDate; rev: string; record: TimelineRecords[K] };
}[TimelineKind];

export interface TimelineSources {
  interactions?: readonly TimelineRecords['interaction'][];
  requirements?: readonly TimelineRecords['requirement'][];
  handovers?: readonly TimelineRecords['handover'][];
  gradeChanges?: readonly TimelineRecords['grade_change'][];
  complaints?: readonly TimelineRecords['complaint'][];
  /** Files added to the customer or its records (issue 18), on the day they were added. */
  attachments?: readonly TimelineRecords['attachment'][];
}

/** The local calendar day of an instant (a complaint received at 23:30 Beijing time is that day, not the UTC one). */
export function localDateOf(instant: IsoDateTime): IsoDate {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * One customer's history as one list, newest first: by day, then by rev (the later change first
 * within a day). The sort is stable, so items equal in both keep the order of `sources` (interactions,
 * requirements, handovers, grade changes, complaints, attachments) and of each list. Soft-deleted records are left
 * out: the timeline shows the archive as it stands, the recycle bin shows the rest.
 * `dateOfInstant` turns a complaint's receipt instant into a day (default: the machine's local day).
 */
export function mergeTimeline(sources: TimelineSources, options: { dateOfInstant?: (instant: IsoDateTime) => IsoDate } = {}): TimelineItem[] {
  const dayOf = options.dateOfInstant ?? localDateOf;
  const items: TimelineItem[] = [];
  const add = <K extends TimelineKind>(kind: K, records: readonly TimelineRecords[K][] | undefined, dateOf: (r: TimelineRecords[K]) => IsoDate) => {
    for (const record of records ?? []) {
      if (record.deletedAt) continue;
      items.push({ kind, id: record.id, date: dateOf(record), rev: record.rev, record } as TimelineItem);
    }
  };
  add('interaction', sources.interactions, (r) => r.date);
  add('requirement', sources.requirements, (r) => r.receivedDate);
  add('handover', sources.handovers, (r) => r.date);
  add('grade_change', sources.gradeChanges, (r) => r.date);
  add('complaint', sources.complaints, (r) => dayOf(r.receivedAt));
  add('attachment', sources.attachments, (r) => dayOf(r.addedAt));
  return items.sort((a, b) => compareDesc(a.date, b.date) || compareDesc(a.rev, b.rev));
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
