import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { benefitsOf, deleteBenefitYear, type BenefitYearRecord } from '../../../data/archive';
import { useT } from '../../../i18n/react';
import { BenefitModal } from '../modals/BenefitModal';
import { ConfirmModal } from '../shared/ConfirmModal';
import { RowActions } from '../shared/RowActions';
import { useAction, useArchive, useFormat } from '../shared/use-archive';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; record: BenefitYearRecord };

/** One row per year: contract amount and 年综合效益 in 万元, newest year first. */
export function BenefitsSection({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const run = useAction();
  const benefits = useLiveQuery(() => benefitsOf(db, customerId), [db, customerId]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!benefits) return null;
  const nameOf = (r: BenefitYearRecord) => t('detail.benefits.yearName', { year: r.year });

  return (
    <Stack gap="sm" component="section" aria-labelledby="benefits-title">
      <Group justify="space-between">
        <Title order={3} size="h5" id="benefits-title">
          {t('detail.benefits.title')}
        </Title>
        {!readOnly && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('detail.benefits.add')}
          </Button>
        )}
      </Group>
      {benefits.length === 0 ? (
        <Text c="dimmed">{t('detail.benefits.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs" data-testid="benefits-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.field.year')}</Table.Th>
              <Table.Th ta="right">{t('detail.benefits.contract')}</Table.Th>
              <Table.Th ta="right">{t('detail.benefits.benefit')}</Table.Th>
              {!readOnly && <Table.Th w={90}>{t('detail.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {benefits.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{nameOf(r)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {f.wan(r.contractWan)}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {f.wan(r.benefitWan)}
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <BenefitModal customerId={customerId} onClose={close} />}
      {dialog?.kind === 'edit' && <BenefitModal customerId={customerId} benefit={dialog.record} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('detail.benefits.deleteTitle')}
          confirmLabel={t('detail.delete')}
          onClose={close}
          onConfirm={() => run((ctx) => deleteBenefitYear(db, dialog.record.id, ctx), 'detail.deleted')}
        >
          {t('detail.benefits.deleteBody', { name: nameOf(dialog.record) })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
