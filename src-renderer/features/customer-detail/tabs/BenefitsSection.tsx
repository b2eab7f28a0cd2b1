import { Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { benefitsOf, deleteBenefitYear, type BenefitYearRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { BenefitModal } from '../modals/BenefitModal';
import { AddBar } from '../../../ui/AddBar';
import { DeleteConfirm } from '../../../ui/ConfirmModal';
import { RecordTable } from '../../../ui/RecordTable';
import { RowActions } from '../../../ui/RowActions';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: BenefitYearRecord };

/** One row per year: contract amount and 年综合效益 in 万元, newest year first. */
export function BenefitsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const benefits = useLiveQuery(() => benefitsOf(db, customerId), [db, customerId]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!benefits) return null;
  const nameOf = (r: BenefitYearRecord) => t('field.benefitYearName', { year: r.year });

  return (
    <Stack gap="sm" component="section" aria-labelledby="benefits-title">
      <AddBar
        title={{ id: 'benefits-title', text: t('detail.benefits.title') }}
        label={t('detail.benefits.add')}
        onAdd={() => setDialog({ kind: 'new' })}
        readOnly={readOnly}
      />
      <RecordTable
        testId="benefits-table"
        rows={benefits}
        rowKey={(r) => r.id}
        empty={t('detail.benefits.empty')}
        columns={[
          { header: t('field.year'), cell: nameOf },
          { header: t('detail.benefits.contract'), cell: (r) => f.wan(r.contractWan), numeric: true },
          { header: t('detail.benefits.benefit'), cell: (r) => f.wan(r.benefitWan), numeric: true },
        ]}
        actions={
          readOnly
            ? undefined
            : (r) => (
                <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
              )
        }
      />
      {dialog?.kind === 'new' && <BenefitModal customerId={customerId} years={benefits} onClose={close} />}
      {dialog?.kind === 'edit' && <BenefitModal customerId={customerId} benefit={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('detail.benefits.deleteTitle')} remove={(ctx) => deleteBenefitYear(db, dialog.record.id, ctx)} onClose={close}>
          {t('detail.benefits.deleteBody', { name: nameOf(dialog.record) })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
