import { Loader, Stack, Tabs } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { openCustomer, OUT_OF_SCOPE } from '../../data/customers';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { MissingRecord } from '../../ui/NotFound';
import type { CustomerTab } from './customer-tab';
import { CustomerHeader } from './header/CustomerHeader';
import { DeletedBanner } from './header/DeletedBanner';
import { MergedIntoNotice } from './merge/MergedIntoNotice';
import { OutOfScope } from '../../ui/OutOfScope';

/**
 * One customer: header (hierarchy, manager, actions) and its archive in tabs. The tabs, in order,
 * come from `app/` (see CustomerTab); the first is open at first, or `initialTab` (the address
 * /customers/<id>/attachments opens 附件).
 */
export function CustomerPage({ customerId, tabs, initialTab }: { customerId: string; tabs: readonly CustomerTab[]; initialTab?: string }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  // null = no such record (a stale link); undefined = still loading; OUT_OF_SCOPE: not this user's to see.
  const customer = useLiveQuery(async () => (await openCustomer(db, customerId, scope)) ?? null, [db, customerId, scope]);
  const [tab, setTab] = useState(tabs.find((t) => t.name === initialTab)?.name ?? tabs[0]?.name ?? '');

  if (customer === undefined) return <Loader aria-label={t('detail.loading')} />;
  if (customer === null) return <MissingRecord title={t('detail.notFound')} back={{ href: '#/customers', label: t('detail.backToList') }} />;
  if (customer === OUT_OF_SCOPE) return <OutOfScope />;
  const deleted = customer.deletedAt !== null;
  const props = { customer, readOnly: deleted, showTab: setTab };
  return (
    <Stack gap="md" maw={1200}>
      {deleted && <DeletedBanner customer={customer} />}
      <MergedIntoNotice customer={customer} />
      <CustomerHeader customer={customer} />
      <Tabs value={tab} onChange={(value) => value && setTab(value)} keepMounted={false}>
        <Tabs.List>
          {tabs.map(({ name, label }) => (
            <Tabs.Tab key={name} value={name}>
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ name, render }) => (
          <Tabs.Panel key={name} value={name} pt="md">
            {render(props)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
