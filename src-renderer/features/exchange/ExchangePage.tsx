import { Badge, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAddressBook, IconAlertTriangle, IconArrowsExchange, IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { can } from '../../core/accounts';
import type { Profile } from '../../core/profile';
import { listOpenConflicts } from '../../data/exchange';
import { useT } from '../../i18n/react';
import { useOpenedFile } from '../../state/opened-file';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { ConflictsPanel } from './ConflictsPanel';
import { DirectoryPanel } from './DirectoryPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** The section's icon in the navigation (exported so routes.tsx adds one import, not an icon-list edit). */
export const EXCHANGE_ICON = IconArrowsExchange;

type Tab = 'export' | 'import' | 'directory' | 'conflicts';

/**
 * 数据交换: encrypted files between departments on isolated networks (docs/exchange.md). Each tab
 * shows to whoever may use it (issue 15.3): export, import and conflicts to the business roles
 * holding them, the directory to everyone who reaches the page (read-only but for the security
 * administrator, who sees only it).
 */
export function ExchangePage({ profile, initialTab }: { profile: Profile; initialTab?: 'import' }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const shown = {
    export: can(actor, 'exchange.export'),
    import: can(actor, 'exchange.import'),
    directory: true,
    conflicts: can(actor, 'conflict.resolve'),
  } satisfies Record<Tab, boolean>;
  // `initialTab` (the address /exchange/import) opens on the import tab when the user may import.
  const [tab, setTab] = useState<Tab>(initialTab && shown[initialTab] ? initialTab : shown.export ? 'export' : shown.import ? 'import' : 'directory');
  // A double-clicked exchange archive (app/opened-files.ts) opens on the import tab, which takes it.
  const incoming = useOpenedFile((s) => s.incoming);
  if (incoming && shown.import && tab !== 'import') setTab('import');
  const open = useLiveQuery(async () => (await listOpenConflicts(db)).length, [db]) ?? 0;
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>{t('nav.exchange')}</Title>
      <Text size="sm" c="dimmed">
        {t('exchange.intro')}
      </Text>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List>
          {shown.export && (
            <Tabs.Tab value="export" leftSection={<IconFileExport size={16} />}>
              {t('exchange.tab.export')}
            </Tabs.Tab>
          )}
          {shown.import && (
            <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
              {t('exchange.tab.import')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="directory" leftSection={<IconAddressBook size={16} />}>
            {t('exchange.tab.directory')}
          </Tabs.Tab>
          {shown.conflicts && (
            <Tabs.Tab
              value="conflicts"
              leftSection={<IconAlertTriangle size={16} />}
              rightSection={
                open > 0 ? (
                  <Badge color="red" size="sm" circle aria-label={t('exchange.conflicts.openCount', { count: open })}>
                    {open}
                  </Badge>
                ) : undefined
              }
            >
              {t('exchange.tab.conflicts')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        {shown.export && (
          <Tabs.Panel value="export" pt="md">
            <ExportPanel profile={profile} />
          </Tabs.Panel>
        )}
        {shown.import && (
          <Tabs.Panel value="import" pt="md">
            <ImportPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="directory" pt="md">
          <DirectoryPanel profile={profile} />
        </Tabs.Panel>
        {shown.conflicts && (
          <Tabs.Panel value="conflicts" pt="md">
            <ConflictsPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
