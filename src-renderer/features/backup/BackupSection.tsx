import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDatabaseExport, IconDatabaseImport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Profile } from '../../core/profile';
import { listDepartments } from '../../data/exchange';
import type { HostBridge } from '../../host';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { CreateBackupModal } from './CreateBackupModal';
import { RestoreBackupModal } from './RestoreBackupModal';

/** Settings → 备份与恢复. */
export function BackupSection({ profile }: { profile: Profile }) {
  const t = useT();
  const session = useSession();
  const [open, setOpen] = useState<'backup' | 'restore' | null>(null);
  const departments = useLiveQuery(() => listDepartments(session.db), [session.db]);
  const { installationId, keys } = session.installation;
  return (
    <Stack>
      <Text size="sm">{t('backup.intro')}</Text>
      <Group>
        <Button leftSection={<IconDatabaseExport size={18} />} onClick={() => setOpen('backup')}>
          {t('backup.create')}
        </Button>
        <Button variant="default" leftSection={<IconDatabaseImport size={18} />} onClick={() => setOpen('restore')}>
          {t('backup.restore')}
        </Button>
      </Group>
      <CreateBackupModal profile={profile} opened={open === 'backup'} onClose={() => setOpen(null)} />
      <RestoreBackupModal
        host={session.host}
        opened={open === 'restore'}
        onClose={() => setOpen(null)}
        previous={{ close: () => session.db.close(), deleteIt: true }}
        ownIdentity={keys.ageIdentity}
        current={{ installationId, signingPublicKey: keys.signingPublicKey, departments: departments?.length ?? 0 }}
      />
    </Stack>
  );
}

/** The error screen's way out when the database cannot be opened: restore a backup beside it. */
export function RestoreFromErrorButton({ host }: { host: HostBridge }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconDatabaseImport size={18} />} onClick={() => setOpened(true)}>
        {t('backup.restore')}
      </Button>
      <RestoreBackupModal host={host} opened={opened} onClose={() => setOpened(false)} previous={{ deleteIt: false }} />
    </>
  );
}
