import { Group } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteSettlement, settlementsOf, type SettlementRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { SettlementModal } from '../modals/SettlementModal';
import { EditableRecordTable } from '../../../ui/EditableRecordTable';
import { DueDay } from '../../../ui/OverdueBadge';
import { isSettlementOverdue, outstandingWan, todayIso } from '../../../ui/format';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { ToneBadge } from '../../../ui/ToneBadge';
import { overpaidWan } from '../../../core/customers';

/** The amount paid; a confirmed overpayment carries the mark 超额回款 (a word, not colour alone). */
function PaidAmount({ amount, overpaid }: { amount: string; overpaid: boolean }) {
  const t = useT();
  if (!overpaid) return amount;
  return (
    <Group gap={6} justify="flex-end" wrap="nowrap">
      <ToneBadge color="orange" data-testid="overpaid">
        {t('detail.settlements.overpaid')}
      </ToneBadge>
      {amount}
    </Group>
  );
}

/** 结算记录: each receivable, when it was due, what was paid and when; money still owed past its day in red. */
export function SettlementsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const settlements = useLiveQuery(() => settlementsOf(db, customerId), [db, customerId]);
  if (!settlements) return null;
  const today = todayIso();
  const nameOf = (r: SettlementRecord) => t('field.settlementName', { date: f.day(r.dueDate), amount: f.wan(r.receivableWan) });

  return (
    <EditableRecordTable
      title={{ id: 'settlements-title', text: t('detail.settlements.title') }}
      kind="settlements"
      addLabel={t('detail.settlements.add')}
      readOnly={readOnly}
      nameOf={nameOf}
      editor={(record, close) => <SettlementModal customerId={customerId} settlement={record} onClose={close} />}
      deleteTitle={t('detail.settlements.deleteTitle')}
      remove={(record, ctx) => deleteSettlement(db, record.id, ctx)}
      testId="settlements-table"
      rows={settlements}
      empty={t('detail.settlements.empty')}
      rowProps={(r) => ({ 'data-overdue': isSettlementOverdue(r, today) || undefined })}
      columns={[
        { header: t('detail.settlements.receivable'), cell: (r) => f.wan(r.receivableWan), numeric: true },
        { header: t('field.settlements.dueDate'), cell: (r) => <DueDay day={f.day(r.dueDate)} overdue={isSettlementOverdue(r, today)} /> },
        { header: t('field.paidDate'), cell: (r) => f.day(r.paidDate) },
        { header: t('detail.settlements.paid'), cell: (r) => <PaidAmount amount={f.wan(r.amountPaidWan)} overpaid={overpaidWan(r) > 0} />, numeric: true },
        { header: t('detail.settlements.outstanding'), cell: (r) => f.wan(outstandingWan(r)), numeric: true },
      ]}
    />
  );
}
