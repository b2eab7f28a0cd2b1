import { Text, Timeline } from '@mantine/core';
import type { ComplaintHistoryEntry } from '../../core/complaints';
import { useT } from '../../i18n/react';
import { useFormat } from '../../ui/hooks/use-format';

/** Every step, newest first: who did what when, from → to, and the comment, reason or verdict given. */
export function HistoryTimeline({ history }: { history: readonly ComplaintHistoryEntry[] }) {
  const t = useT();
  const f = useFormat();
  if (history.length === 0) return <Text c="dimmed">{t('complaints.page.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="complaint-history" active={history.length}>
      {[...history].reverse().map((e, i) => (
        <Timeline.Item
          key={`${e.at}-${i}`}
          data-action={e.action}
          title={t('complaints.page.historyLine', {
            by: e.by,
            action: t(`complaints.action.${e.action}`),
            from: t(`complaints.status.${e.from}`),
            to: t(`complaints.status.${e.to}`),
          })}
        >
          <Text size="xs" c="dimmed">
            {f.instant(e.at)}
          </Text>
          {e.verification && (
            <Text size="sm">
              {t(e.verification.accepted ? 'complaints.page.accepted' : 'complaints.page.notAccepted')} ·{' '}
              {t('complaints.page.satisfaction', { score: e.verification.satisfaction })}
            </Text>
          )}
          {e.reason && <Text size="sm">{t('complaints.page.reason', { reason: e.reason })}</Text>}
          {e.comment && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {e.comment}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
