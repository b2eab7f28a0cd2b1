import { Alert } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';

/** Whether the browser promised to keep our data (navigator.storage.persist). */
export function StorageStatus() {
  const t = useT();
  const { storagePersisted } = useSession();
  return storagePersisted ? (
    <Alert color="green" variant="light" icon={<IconShieldCheck size={18} />}>
      {t('storage.persisted')}
    </Alert>
  ) : (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
      {t('storage.notPersisted')}
    </Alert>
  );
}
