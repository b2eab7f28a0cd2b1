import { Loader, Stack, Tabs, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getCustomer } from '../../data/archive';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { CustomerHeader } from './header/CustomerHeader';
import { DeletedBanner } from './header/DeletedBanner';
import { MergedHistories } from './merge/MergedHistories';
import { MergedIntoNotice } from './merge/MergedIntoNotice';
import { CustomerComplaintsTab } from '../complaints/CustomerComplaintsTab';
import { BusinessTab } from './tabs/BusinessTab';
import { GradingTab } from './tabs/GradingTab';
import { ContactsTab } from './tabs/ContactsTab';
import { HandoversTab } from './tabs/HandoversTab';
import { HistoryTab } from './tabs/HistoryTab';
import { InteractionsTab } from './tabs/InteractionsTab';
import { CustomerTimeline } from './shared/CustomerTimeline';
import { OverviewTab } from './tabs/OverviewTab';
import { RequirementsTab } from './tabs/RequirementsTab';
import { Link } from '../../ui/Link';
import { CustomerSatisfactionTab } from '../satisfaction/CustomerSatisfactionTab';

const TABS = [
  'overview',
  'contacts',
  'interactions',
  'requirements',
  'complaints',
  'business',
  'grading',
  'satisfaction',
  'timeline',
  'handovers',
  'history',
] as const;
type TabName = (typeof TABS)[number];
const OWN_LABELS: Partial<Record<TabName, MessageKey>> = {
  grading: 'gradingCustomer.tab',
  complaints: 'complaints.customerTab',
  satisfaction: 'satisfaction.tab',
};
const tabLabel = (name: TabName): MessageKey => OWN_LABELS[name] ?? (`detail.tab.${name}` as MessageKey);

/** One customer: header (hierarchy, manager, actions) and its archive in tabs. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const t = useT();
  const { db } = useSession();
  // null = no such record (a stale link); undefined = still loading.
  const customer = useLiveQuery(async () => (await getCustomer(db, customerId)) ?? null, [db, customerId]);
  const [tab, setTab] = useState<TabName>('overview');

  if (customer === undefined) return <Loader aria-label={t('detail.loading')} />;
  if (customer === null) {
    return (
      <Stack align="flex-start">
        <Title order={2}>{t('detail.notFound')}</Title>
        <Link href="#/customers">{t('detail.backToList')}</Link>
      </Stack>
    );
  }
  const deleted = customer.deletedAt !== null;
  return (
    <Stack gap="md" maw={1200}>
      {deleted && <DeletedBanner customer={customer} />}
      <MergedIntoNotice customer={customer} />
      <CustomerHeader customer={customer} />
      <Tabs value={tab} onChange={(value) => value && setTab(value as TabName)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(tabLabel(name))}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab customer={customer} onShowTimeline={() => setTab('timeline')} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <ContactsTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="interactions" pt="md">
          <InteractionsTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="requirements" pt="md">
          <RequirementsTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="complaints" pt="md">
          <CustomerComplaintsTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="business" pt="md">
          <BusinessTab customerId={customer.id} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="grading" pt="md">
          <GradingTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="satisfaction" pt="md">
          <CustomerSatisfactionTab customer={customer} readOnly={deleted} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <CustomerTimeline customerId={customer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="handovers" pt="md">
          <HandoversTab customerId={customer.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab customerId={customer.id} />
          <MergedHistories customerId={customer.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
