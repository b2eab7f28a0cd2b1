import { useLiveQuery } from 'dexie-react-hooks';
import { benefitsOf, deleteBenefitYear, type BenefitYearRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { BenefitModal } from '../modals/BenefitModal';
import { EditableRecordTable } from '../../../ui/EditableRecordTable';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';

/** One row per year: contract amount and 年综合效益 in 万元, newest year first. */
export function BenefitsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const benefits = useLiveQuery(() => benefitsOf(db, customerId), [db, customerId]);
  if (!benefits) return null;
  const nameOf = (r: BenefitYearRecord) => t('field.benefitYearName', { year: r.year });

  return (
    <EditableRecordTable
      title={{ id: 'benefits-title', text: t('detail.benefits.title') }}
      kind="benefits"
      addLabel={t('detail.benefits.add')}
      readOnly={readOnly}
      nameOf={nameOf}
      // Adding a year that has figures already offers to edit that year instead: the form needs the years.
      editor={(record, close) => <BenefitModal customerId={customerId} benefit={record} years={benefits} onClose={close} />}
      deleteTitle={t('detail.benefits.deleteTitle')}
      deleteBody={(name) => t('detail.benefits.deleteBody', { name })}
      remove={(record, ctx) => deleteBenefitYear(db, record.id, ctx)}
      testId="benefits-table"
      rows={benefits}
      empty={t('detail.benefits.empty')}
      columns={[
        { header: t('field.year'), cell: nameOf },
        { header: t('detail.benefits.contract'), cell: (r) => f.wan(r.contractWan), numeric: true },
        { header: t('detail.benefits.benefit'), cell: (r) => f.wan(r.benefitWan), numeric: true },
      ]}
    />
  );
}
