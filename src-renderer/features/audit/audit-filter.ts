import type { UserRecord } from '../../core/accounts';
import type { AuditOutcome } from '../../core/audit/types';
import { chinaInstant } from '../../core/complaints';
import { isCalendarDay } from '../../core/days';
import { normaliseDayText } from '../../core/format';
import type { AuditFilter } from '../../data/audit/viewer';
import type { MessageKey } from '../../i18n';

/** The filter bar as typed: '' is "any". `user` is a user id, or SIGNED_OUT for entries without one. */
export interface AuditFilterForm {
  user: string;
  action: string;
  from: string;
  to: string;
  object: string;
  outcome: '' | AuditOutcome;
}

export const EMPTY_FILTER_FORM: AuditFilterForm = { user: '', action: '', from: '', to: '', object: '', outcome: '' };

/** The user select's value for entries written while nobody was signed in (userId null): ids are UUIDs, never this. */
export const SIGNED_OUT = 'signed-out';

/** What the viewer reads: the data layer's filter, and whether to keep only entries without a user (no index holds null). */
export interface AuditQuery {
  filter: AuditFilter;
  signedOutOnly: boolean;
}

export type FilterProblems = Partial<Record<'from' | 'to', MessageKey>>;

const DAY_MS = 86_400_000;

/** The from/to days as typed, checked: a day that is not one, or a range that ends before it starts. */
export function filterProblems(form: AuditFilterForm): FilterProblems {
  const problems: FilterProblems = {};
  const from = normaliseDayText(form.from);
  const to = normaliseDayText(form.to);
  if (from && !isCalendarDay(from)) problems.from = 'auditLog.filter.badDay';
  if (to && !isCalendarDay(to)) problems.to = 'auditLog.filter.badDay';
  if (!problems.from && !problems.to && from && to && from > to) problems.to = 'auditLog.filter.reversed';
  return problems;
}

type UserNames = Pick<UserRecord, 'id' | 'displayName' | 'username'>;

/**
 * The form as a query, or null while a day is wrong. Days are China days (the office's, whatever the
 * PC's zone) and both ends inclusive; stored instants are UTC `…Z` strings, compared as strings, so
 * the bounds are written the same way. The viewer finds objects by id: a typed name or sign-in name of
 * a user stands for that user's id (the objects of the log are accounts), anything else is taken as an id.
 */
export function auditQueryOf(form: AuditFilterForm, users: readonly UserNames[]): AuditQuery | null {
  if (Object.keys(filterProblems(form)).length > 0) return null;
  const filter: AuditFilter = {};
  if (form.user && form.user !== SIGNED_OUT) filter.userId = form.user;
  if (form.action) filter.action = form.action;
  const from = normaliseDayText(form.from);
  const to = normaliseDayText(form.to);
  if (from) filter.from = new Date(chinaInstant(from)).toISOString();
  if (to) filter.to = new Date(Date.parse(chinaInstant(to)) + DAY_MS - 1).toISOString();
  const object = form.object.trim();
  if (object) {
    const named = users.find((u) => u.displayName === object || u.username === object.toLowerCase());
    filter.objectId = named ? named.id : object;
  }
  if (form.outcome) filter.outcome = form.outcome;
  return { filter, signedOutOnly: form.user === SIGNED_OUT };
}
