import { Loader, Stack, Tabs } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { customerTimeline, openCustomer, OUT_OF_SCOPE } from '../../data/customers';
import { isWholeArchive } from '../../data/scope';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { MissingRecord } from '../../ui/NotFound';
import type { CustomerTab } from './customer-tab';
import { CustomerHeader } from './header/CustomerHeader';
import { DeletedBanner } from './header/DeletedBanner';
import { MergedIntoNotice } from './merge/MergedIntoNotice';
import { OutOfScope } from '../../ui/OutOfScope';
import { PageTimeline } from './shared/CustomerTimeline';

/**
 * One customer: header (hierarchy, manager, actions) and its archive in tabs. The tabs, in order,
 * come from `app/` (see CustomerTab); the first is open at first, or `initialTab` (the address
 * /customers/<id>/attachments opens 附件).
 */
export function CustomerPage({ customerId, tabs, initialTab }: { customerId: string; tabs: readonly CustomerTab[]; initialTab?: string }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  // customer: null = no such record (a stale link); undefined = still loading; OUT_OF_SCOPE: not this user's to see.
  // A reader of the whole archive sees every customer's timeline: it is read together with the customer,
  // not after the page has drawn it, and the page's timelines show it (PageTimeline). A narrower
  // scope reads the customer first, and its timelines read themselves once it is shown.
  const opened = useLiveQuery(async () => {
    const [customer, timeline] = await Promise.all([
      openCustomer(db, customerId, scope),
      // A timeline that fails here is read again by the timeline itself, which reports its own error.
      isWholeArchive(scope) ? customerTimeline(db, customerId).catch(() => undefined) : undefined,
    ]);
    return { customer: customer ?? null, timeline };
  }, [db, customerId, scope]);
  const customer = opened?.customer;
  const timeline = opened?.timeline;
  const pageTimeline = useMemo(() => (timeline ? { customerId, items: timeline } : null), [customerId, timeline]);
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
      <PageTimeline.Provider value={pageTimeline}>
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
      </PageTimeline.Provider>
    </Stack>
  );
}
