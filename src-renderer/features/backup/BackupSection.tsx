import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDatabaseExport, IconDatabaseImport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Profile } from '../../core/profile';
import { getSecurityPolicy } from '../../data/accounts';
import { listDepartments } from '../../data/exchange';
import { getOutputPolicy } from '../../data/output';
import type { HostBridge } from '../../host';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { UNREADABLE_DATABASE } from '../../data/backup-restore';
import { useUnlockedInstallation } from '../key-lock';
import { CreateBackupModal } from './CreateBackupModal';
import { RestoreBackupModal } from './RestoreBackupModal';

/** Settings → 备份与恢复. */
export function BackupSection({ profile }: { profile: Profile }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  const [open, setOpen] = useState<'backup' | 'restore' | null>(null);
  const [ownIdentity, setOwnIdentity] = useState<string | null>(null);
  // Opening this installation's own scheduled backups needs its age identity: asked (once per session) before
  // the dialog opens; cancelled, the dialog still opens backups locked with a passphrase or a recovery key file.
  const openRestore = async () => {
    setOwnIdentity((await unlockInstallation())?.keys.ageIdentity ?? null);
    setOpen('restore');
  };
  const departments = useLiveQuery(() => listDepartments(session.db), [session.db]);
  // The policies in force, which a restore replaces with the backup's (the summary says so).
  const policies = useLiveQuery(async () => ({ security: await getSecurityPolicy(session.db), output: await getOutputPolicy(session.db) }), [session.db]);
  const { installationId, keys } = session.installation;
  return (
    <Stack>
      <Text size="sm">{t('backup.intro')}</Text>
      <Group>
        <Button leftSection={<IconDatabaseExport size={18} />} onClick={() => setOpen('backup')}>
          {t('backup.create')}
        </Button>
        <Button variant="default" leftSection={<IconDatabaseImport size={18} />} onClick={() => void openRestore()}>
          {t('backup.restore')}
        </Button>
      </Group>
      <CreateBackupModal profile={profile} opened={open === 'backup'} onClose={() => setOpen(null)} />
      <RestoreBackupModal
        host={session.host}
        opened={open === 'restore'}
        onClose={() => setOpen(null)}
        previous={{ db: session.db, close: () => session.db.close(), deleteIt: true }}
        by={actor}
        ownIdentity={ownIdentity ?? undefined}
        current={{ installationId, signingPublicKey: keys.signingPublicKey, departments: departments?.length ?? 0, policies }}
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
      <RestoreBackupModal host={host} opened={opened} onClose={() => setOpened(false)} previous={{ deleteIt: false }} by={UNREADABLE_DATABASE} />
    </>
  );
}
