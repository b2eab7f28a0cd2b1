import { Stack, Text } from '@mantine/core';
import { formatDate } from '../../core/format';
import { useT } from '../../i18n/react';
import { Link } from '../../ui/Link';
import { useFormat } from '../../ui/hooks/use-format';
import type { GradingState } from './use-dashboard';
import { TitledCard } from '../../ui/TitledPanel';

/**
 * 上次定级以来: the latest approved yearly grading (when, who approved it, how many customers moved
 * up, down or got their first grade) and the gradings waiting for a department head, each a link
 * to its run.
 */
export function GradingStatusCard({ status, graded }: { status: GradingState; graded: boolean }) {
  const t = useT();
  const f = useFormat();
  const { lastBatch, drafts, draftCustomers } = status;
  return (
    <TitledCard id="grading-status-title" title={t('dashboard.status.title')} testId="grading-status">
      {lastBatch ? (
        <Stack gap={4} data-testid="last-batch">
          <Text size="sm">
            {t('dashboard.status.lastBatch', {
              date: lastBatch.approvedAt ? formatDate(lastBatch.approvedAt, f.locale) : '—',
              approver: lastBatch.approvedBy ?? '—',
            })}
          </Text>
          <Text size="sm" fw={600}>
            {t('dashboard.status.summary', {
              up: lastBatch.summary.up,
              down: lastBatch.summary.down,
              new: lastBatch.summary.new,
              same: lastBatch.summary.same,
            })}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t(graded ? 'dashboard.status.noBatch' : 'dashboard.notGraded')}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {t('dashboard.status.drafts', { count: drafts.length })}
      </Text>
      {drafts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.status.noDrafts')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" m={0} pl="md" data-testid="draft-runs">
          {drafts.map((run) => (
            <li key={run.id}>
              <Link href={`#/grading/runs/${run.id}`} size="sm">
                {run.customerId
                  ? t('dashboard.status.singleDraft', { name: draftCustomers.get(run.customerId) ?? '—', day: f.day(run.evaluationDate) })
                  : t('dashboard.status.batchDraft', { day: f.day(run.evaluationDate), total: run.summary.total })}
              </Link>
            </li>
          ))}
        </Stack>
      )}
    </TitledCard>
  );
}
