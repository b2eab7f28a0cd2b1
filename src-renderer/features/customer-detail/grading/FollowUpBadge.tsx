import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FollowUpStatus } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { ToneBadge } from '../../../ui/ToneBadge';

/** Next to a date in a narrow cell the badge keeps its word whole (the date wraps instead). */
const NO_SHRINK = { flexShrink: 0 } as const;

/**
 * A follow-up's state in a word and a colour: 已逾期 (filled red, as every overdue flag of the app),
 * 即将到期 (due within a week), 计划中. Shared by the customer page and the dashboard.
 */
export function FollowUpBadge({ status }: { status: FollowUpStatus }) {
  const t = useT();
  if (status === 'overdue') {
    return (
      <Badge color="red.9" variant="filled" size="sm" radius="sm" leftSection={<IconAlertTriangle size={12} />} data-status={status} style={NO_SHRINK}>
        {t('gradingCustomer.followUp.overdue')}
      </Badge>
    );
  }
  return (
    <ToneBadge color={status === 'due' ? 'orange' : 'gray'} size="sm" data-status={status} style={NO_SHRINK}>
      {t(status === 'due' ? 'gradingCustomer.followUp.due' : 'gradingCustomer.followUp.upcoming')}
    </ToneBadge>
  );
}
