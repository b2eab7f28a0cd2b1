import { Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDate } from '../../../core/format';
import { gradeHistory } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { RecordTable } from '../../../ui/RecordTable';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { GradeChange } from './GradeChange';
import { gradingReasons } from './grading-text';

type HistoryRow = Awaited<ReturnType<typeof gradeHistory>>[number];

/**
 * 定级历史: every approved grading of the customer, newest first — when, from which grade to which,
 * the sentence that decided (and the manager's adjustment with its reason), the versions of the
 * rules it was graded by, and who approved it.
 */
export function GradeHistory({ customerId }: { customerId: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const rows = useLiveQuery(() => gradeHistory(db, customerId), [db, customerId]);
  if (!rows) return null;
  const reason = (r: HistoryRow) => {
    const { sentence } = gradingReasons(r, t, f.locale);
    return (
      <Stack gap={2}>
        <Text size="sm">{sentence}</Text>
        {r.override && (
          <Text size="sm" fw={600}>
            {t('gradeHistory.override', { grade: r.override.grade, reason: r.override.reason })}
          </Text>
        )}
      </Stack>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="grade-history-title">
      <Title order={3} size="h5" id="grade-history-title">
        {t('gradeHistory.title')}
      </Title>
      <RecordTable
        testId="grade-history"
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('gradeHistory.empty')}
        columns={[
          { header: t('gradeHistory.approvedOn'), cell: (r) => (r.run.approvedAt ? formatDate(r.run.approvedAt, f.locale) : '—'), w: 130 },
          { header: t('gradeHistory.evaluationDate'), cell: (r) => f.day(r.evaluationDate), w: 130 },
          { header: t('gradeHistory.change'), cell: (r) => <GradeChange from={r.previousGrade} to={r.finalGrade} />, w: 150 },
          { header: t('gradeHistory.reason'), cell: reason },
          {
            header: t('gradeHistory.versions'),
            cell: (r) => (
              <Stack gap={0}>
                <Text size="sm">{t('gradeHistory.templateVersion', { version: r.run.templateVersion })}</Text>
                <Text size="sm">{t('gradeHistory.criteriaVersion', { version: r.run.criteriaVersion })}</Text>
              </Stack>
            ),
            w: 140,
          },
          {
            header: t('gradeHistory.approvedBy'),
            cell: (r) => (
              <Stack gap={0}>
                <Text size="sm">{r.run.approvedBy}</Text>
                {r.run.approvalNote && (
                  <Text size="xs" c="dimmed" data-testid="history-approval-note">
                    {t('gradeHistory.approvalNote', { note: r.run.approvalNote })}
                  </Text>
                )}
                {r.run.note && (
                  <Text size="xs" c="dimmed">
                    {t('gradeHistory.runNote', { note: r.run.note })}
                  </Text>
                )}
              </Stack>
            ),
            w: 140,
          },
        ]}
      />
    </Stack>
  );
}
