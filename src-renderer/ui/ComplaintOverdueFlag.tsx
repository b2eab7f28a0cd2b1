import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { overdueStatus, type OverdueStage } from '../core/complaints';
import type { ComplaintFields } from '../core/model';
import { useT } from '../i18n/react';

/** The most overdue stage of a complaint at `now`, or null (core `overdueStatus`). */
export function worstOverdue(complaint: Pick<ComplaintFields, 'status' | 'deadlines'>, now: Date): OverdueStage | null {
  return overdueStatus(complaint, now.toISOString()).worst;
}

/**
 * 逾期 N 天 in red, with a word and an icon (not colour alone); nothing when on time. Shown by the
 * complaint screens and on the customer page's timeline, so it lives in the shared kit.
 */
export function OverdueFlag({ complaint, now }: { complaint: Pick<ComplaintFields, 'status' | 'deadlines'>; now: Date }) {
  const t = useT();
  const worst = worstOverdue(complaint, now);
  if (!worst) return null;
  return (
    <Badge
      color="red.9"
      variant="filled"
      size="sm"
      radius="sm"
      leftSection={<IconAlertTriangle size={12} />}
      data-testid="complaint-overdue"
      title={t(`complaints.deadline.${worst.stage}`)}
    >
      {t('complaints.overdueDays', { days: worst.daysOverdue })}
    </Badge>
  );
}
