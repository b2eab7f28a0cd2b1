import { Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { complaintsOfCustomer } from '../../data/complaints';
import type { CustomerRecord } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { AddBar } from '../../ui/AddBar';
import { useCanWriteRecord } from '../../ui/hooks/use-can';
import { ComplaintsTable } from './ComplaintsTable';

/** The customer page's 投诉 tab: its complaints, newest first, 逾期 flagged; 登记投诉 opens the form for it. */
export function CustomerComplaintsTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const t = useT();
  const { db } = useSession();
  const [, navigate] = useLocation();
  // 登记投诉 only for who may register one (查阅 not).
  const mayRegister = useCanWriteRecord('complaints');
  const rows = useLiveQuery(() => complaintsOfCustomer(db, customer.id), [db, customer.id]);
  if (!rows) return null;
  return (
    <Stack gap="sm">
      <AddBar label={t('complaints.customerTab.add')} onAdd={() => navigate(`/complaints/new/${customer.id}`)} readOnly={readOnly || !mayRegister} />
      <ComplaintsTable rows={rows} empty={t('complaints.customerTab.empty')} testId="customer-complaints" />
    </Stack>
  );
}
