import type { MergeChildTable } from '../../../core/customers';
import { MERGE_CHILD_TABLES } from '../../../core/customers';
import type { Locale } from '../../../core/locale';
import type { CustomerRecord, MergePreview } from '../../../data/customers';
import { isMessageKey, type Translate } from '../../../i18n';
import { customerLevelLabel, recordKindLabel } from '../../../i18n/enum-labels';
import { fieldLabel, formatChangeValue } from '../../../ui/history-values';

/**
 * The merge preview in words: what each side holds, what moves, where the two records disagree and
 * how the plan settles it, and why a merge is refused. Pure (no React), so it is unit-tested and
 * the modal only lays it out.
 */

export type ReadyPreview = Extract<MergePreview, { ok: true }>;
type Unit = Pick<CustomerRecord, 'id' | 'name' | 'level' | 'parentId' | 'deletedAt'>;

interface Words {
  t: Translate;
  locale: Locale;
}

/** The fields shown side by side (PRODUCT: name, short name, type, region, manager, cooperation start, status). */
export const COMPARED_FIELDS = ['name', 'shortName', 'type', 'region', 'managerName', 'cooperationStart', 'status'] as const;
type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface CompareRow {
  field: ComparedField;
  label: string;
  kept: string;
  merged: string;
  result: string;
}

/** Both records and the kept one as the merge leaves it (its own values, gaps filled from the other). */
export function compareRows(preview: ReadyPreview, { t, locale }: Words): CompareRow[] {
  const after = { ...preview.target, ...preview.plan.targetPatch };
  const show = (field: ComparedField, value: unknown) => formatChangeValue('customers', field, value, { t, locale });
  return COMPARED_FIELDS.map((field) => ({
    field,
    label: fieldLabel('customers', field, t),
    kept: show(field, preview.target[field]),
    merged: show(field, preview.source[field]),
    result: show(field, after[field]),
  }));
}

export interface MovedRow {
  kind: MergeChildTable | 'subUnits';
  label: string;
  live: number;
  deleted: number;
}

/**
 * What moves to the kept customer, kind by kind. Kinds with nothing to move are left out, except
 * the six the archive screens show: "0 需求" is an answer too. Complaints, satisfaction surveys and files
 * appear only when there are some (most customers have none).
 */
const SHOWN_WHEN_ANY: ReadonlySet<MergeChildTable> = new Set(['complaints', 'surveys', 'attachments']);

export function movedRows(preview: ReadyPreview, t: Translate): MovedRow[] {
  const rows: MovedRow[] = MERGE_CHILD_TABLES.filter(
    (kind) => !SHOWN_WHEN_ANY.has(kind) || preview.summary.moved[kind].live + preview.summary.moved[kind].deleted > 0,
  ).map((kind) => ({ kind, label: t(recordKindLabel(kind)), ...preview.summary.moved[kind] }));
  if (preview.summary.subUnits > 0) rows.push({ kind: 'subUnits', label: t('merge.moves.subUnits'), live: preview.summary.subUnits, deleted: 0 });
  return rows;
}

export interface ConflictRow {
  key: string;
  what: string;
  how: string;
}

/** Each disagreement the plan reports (and the primary-contact clash it settles), with its outcome. */
export function conflictRows(preview: ReadyPreview, { t, locale }: Words): ConflictRow[] {
  const { target, source, plan, summary, contactNames, unitNames } = preview;
  const after = { ...target, ...plan.targetPatch };
  const names = new Map(Object.entries(unitNames));
  const rows: ConflictRow[] = [];
  for (const c of plan.conflicts) {
    if (c.kind === 'benefit_year') {
      rows.push({ key: `year-${c.year}`, what: t('merge.resolve.benefitYear', { year: c.year }), how: t('merge.resolve.benefitYearHow') });
      continue;
    }
    // The manager is compared by id; people read the name stored with each record.
    const [field, kept, merged] =
      c.field === 'managerId' ? (['managerName', target.managerName, source.managerName] as const) : ([c.field, c.target, c.source] as const);
    const show = (value: unknown) => formatChangeValue('customers', field, value, { t, locale, names });
    const what = c.field === 'managerId' ? t('merge.field.manager') : fieldLabel('customers', field, t);
    let how: string;
    if (c.field === 'classification') how = t('merge.resolve.higherMark', { value: show(after.classification) });
    else if (c.field === 'tags' || c.field === 'fields') how = t('merge.resolve.truncated', { limit: after[c.field].length });
    else how = t('merge.resolve.keepKept', { value: show(kept), other: show(merged) });
    rows.push({ key: `field-${c.field}`, what, how });
  }
  const keptPrimary = summary.keptPrimaryId ? (contactNames[summary.keptPrimaryId] ?? '') : '';
  for (const id of summary.demotedContactIds) {
    rows.push({
      key: `primary-${id}`,
      what: t('merge.resolve.primary'),
      how: t('merge.resolve.primaryHow', { kept: keptPrimary, demoted: contactNames[id] ?? '' }),
    });
  }
  return rows;
}

/**
 * Why the merge of `merged` into `kept` is refused, naming the units: the plan's reason
 * (validation.merge*) made specific — which one is deleted, which one is whose sub-unit.
 */
export function refusalText(error: string, kept: Unit, merged: Unit, t: Translate): string {
  switch (error) {
    case 'validation.mergeSelf':
      return t('merge.refused.self');
    case 'validation.mergeDeleted':
      return t('merge.refused.deleted', { name: (merged.deletedAt !== null ? merged : kept).name });
    case 'validation.mergeLevel':
      if (kept.parentId === merged.id) return t('merge.refused.intoSubUnit', { kept: kept.name, merged: merged.name });
      return t('merge.refused.level', {
        kept: kept.name,
        merged: merged.name,
        keptLevel: t(customerLevelLabel(kept.level)),
        mergedLevel: t(customerLevelLabel(merged.level)),
      });
    default:
      return isMessageKey(error) ? t(error) : t('merge.failed');
  }
}
