import type { ComplaintStatus } from '../../core/model';
import { useT } from '../../i18n/react';
import { ToneBadge } from '../../ui/ToneBadge';

const STATUS_COLOR: Record<ComplaintStatus, string> = {
  registered: 'gray',
  accepted: 'blue',
  analysing: 'indigo',
  corrective_action: 'orange',
  answered: 'cyan',
  verified: 'teal',
  closed: 'green',
  rejected: 'dark',
  reopened: 'red',
};

export function StatusBadge({ status }: { status: ComplaintStatus }) {
  const t = useT();
  return (
    <ToneBadge color={STATUS_COLOR[status]} data-testid="complaint-status" data-status={status}>
      {t(`complaints.status.${status}`)}
    </ToneBadge>
  );
}
