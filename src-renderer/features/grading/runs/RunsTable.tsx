import { Group, Text } from '@mantine/core';
import type { GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { Link } from '../../../ui/Link';
import { noteColumn, RecordTable, type RecordColumn } from '../../../ui/RecordTable';
import { ToneBadge } from '../../../ui/ToneBadge';
import { gradeRunStatusLabel } from '../../../i18n/enum-labels';
import { CHANGE_FILTERS, CHANGE_LABEL, KIND_LABEL, STATUS_COLOR } from '../grading-labels';
import { useFormat } from '../../../ui/hooks/use-format';

/**
 * Every grading run, newest first: a handful a year (one batch, a few single customers), so a plain
 * table. The evaluation date opens the run; a single customer's grading names the customer. Empty,
 * it invites to start one only a user who may (`canDraft`).
 */
export function RunsTable({ runs, names, canDraft }: { runs: readonly GradeRunRecord[]; names: ReadonlyMap<string, string>; canDraft: boolean }) {
  const t = useT();
  const f = useFormat();
  const columns: RecordColumn<GradeRunRecord>[] = [
    {
      header: t('gradingSection.runs.date'),
      w: 170,
      cell: (r) => <Link href={`#/grading/runs/${r.id}`}>{f.day(r.evaluationDate)}</Link>,
    },
    {
      header: t('gradingSection.runs.scope'),
      cell: (r) =>
        r.kind === 'single' && r.customerId ? (
          <Text size="sm">{t('gradingSection.runs.singleScope', { name: names.get(r.customerId) ?? '—' })}</Text>
        ) : (
          <Text size="sm">{t(KIND_LABEL.batch)}</Text>
        ),
    },
    { header: t('gradingSection.runs.status'), w: 100, cell: (r) => <ToneBadge color={STATUS_COLOR[r.status]}>{t(gradeRunStatusLabel(r.status))}</ToneBadge> },
    {
      header: t('gradingSection.runs.summary'),
      cell: (r) => (
        <Group gap={10} wrap="wrap">
          <Text size="sm">{t('gradingSection.runs.total', { count: r.summary.total })}</Text>
          {CHANGE_FILTERS.filter((c) => (c === 'overridden' ? r.summary.overridden : r.summary[c]) > 0).map((c) => (
            <Text key={c} size="sm" c="dimmed">
              {t(CHANGE_LABEL[c])} {c === 'overridden' ? r.summary.overridden : r.summary[c]}
            </Text>
          ))}
        </Group>
      ),
    },
    {
      header: t('gradingSection.runs.approval'),
      w: 230,
      cell: (r) =>
        r.status === 'approved' ? (
          <>
            <Text size="sm">{t('gradingSection.runs.approvedBy', { name: r.approvedBy ?? '—', when: f.instant(r.approvedAt) })}</Text>
            {r.approvalNote && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {r.approvalNote}
              </Text>
            )}
          </>
        ) : r.status === 'superseded' && r.supersededBy ? (
          <Link href={`#/grading/runs/${r.supersededBy}`} size="sm">
            {t('gradingSection.run.supersededBy')}
          </Link>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    noteColumn(t('gradingSection.runs.note'), (r) => r.note),
  ];
  return (
    <RecordTable
      rows={runs}
      columns={columns}
      empty={t(canDraft ? 'gradingSection.runs.empty' : 'gradingSection.runs.emptyReadOnly')}
      testId="grading-runs"
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-status': r.status })}
    />
  );
}
