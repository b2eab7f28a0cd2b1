import { Button, Group, Stack, Title } from '@mantine/core';
import { IconClipboardCheck, IconPhoneCall, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { TrendPeriod } from '../../core/complaints';
import type { CustomerRecord } from '../../data/customers';
import { customerSatisfaction, deleteSurvey, type ListedSurvey } from '../../data/satisfaction';
import { useT } from '../../i18n/react';
import { DeleteConfirm } from '../../ui/ConfirmModal';
import { IconAction } from '../../ui/RowActions';
import { useArchive } from '../../ui/hooks/use-archive';
import { useFormat } from '../../ui/hooks/use-format';
import { useCan } from '../../ui/hooks/use-can';
import { FollowUpVisitModal } from './FollowUpVisitModal';
import { PeriodControl } from './PeriodControl';
import { SurveyModal } from './SurveyModal';
import { SurveyTable } from './SurveyTable';
import { TrendChart } from './TrendChart';

type Dialog = { kind: 'survey' } | { kind: 'visit' } | { kind: 'delete'; survey: ListedSurvey };

/** The customer page's 满意度: its trend by month or quarter, its surveys, 录入调查 and 记录回访. */
export function CustomerSatisfactionTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const [period, setPeriod] = useState<TrendPeriod>('quarter');
  const data = useLiveQuery(() => customerSatisfaction(db, customer.id, period), [db, customer.id, period]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // 记录回访, 录入调查 and deleting a survey are writes: shown to who may record satisfaction (查阅 not).
  const mayRecord = useCan('satisfaction.record') && !readOnly;
  const close = () => setDialog(null);
  if (!data) return null;
  const nameOf = (s: ListedSurvey) => t('satisfaction.customer.deleteOf', { date: f.day(s.date) });
  return (
    <Stack gap="md">
      {mayRecord && (
        <Group justify="flex-end">
          <Button variant="default" leftSection={<IconPhoneCall size={16} />} onClick={() => setDialog({ kind: 'visit' })}>
            {t('satisfaction.customer.visit')}
          </Button>
          <Button leftSection={<IconClipboardCheck size={16} />} onClick={() => setDialog({ kind: 'survey' })}>
            {t('satisfaction.customer.add')}
          </Button>
        </Group>
      )}
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('satisfaction.trend.title')}
        </Title>
        <PeriodControl value={period} onChange={setPeriod} />
      </Group>
      <TrendChart points={data.trend} testId="customer-trend" />
      <Title order={3} size="h5">
        {t('satisfaction.customer.surveys')}
      </Title>
      <SurveyTable
        surveys={data.surveys}
        withCustomer={false}
        testId="customer-surveys"
        empty={t('satisfaction.customer.none')}
        actions={
          !mayRecord
            ? undefined
            : (s) => (
                <IconAction
                  label={t('common.deleteOf', { name: nameOf(s) })}
                  icon={<IconTrash size={18} />}
                  color="red"
                  onClick={() => setDialog({ kind: 'delete', survey: s })}
                />
              )
        }
      />
      {dialog?.kind === 'survey' && <SurveyModal customerId={customer.id} onClose={close} />}
      {dialog?.kind === 'visit' && <FollowUpVisitModal customerId={customer.id} customerName={customer.name} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={t('satisfaction.customer.deleteTitle')} remove={(ctx) => deleteSurvey(db, dialog.survey.id, ctx)} onClose={close}>
          {t('common.deleteBody', { name: nameOf(dialog.survey) })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
