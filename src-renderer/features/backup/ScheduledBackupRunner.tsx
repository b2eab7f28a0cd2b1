import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { isBackupDue } from '../../core/backup-schedule';
import type { Profile } from '../../core/profile';
import { backupHistory, getBackupSchedule } from '../../data/backup-schedule';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { backUpNow, backupRunError } from './scheduled-backup';

/** Soon after start (not during it: opening the archive comes first), then every few minutes. */
export const FIRST_CHECK_MS = 5_000;
const CHECK_EVERY_MS = 10 * 60_000;
const REMINDER_ID = 'scheduled-backup-due';

/**
 * Runs scheduled backups while the app is open. Electron: when due, the backup is written to the
 * host's folder and rotated, silently unless it fails. The browser cannot write a file unasked: when
 * due it shows a reminder that offers the download, once per due period. A backup carries the keys and is
 * signed, so it needs them unsealed: with the OS key store they always are; with a key passphrase not yet
 * typed this session (Electron without a keyring), the reminder is shown there too, and its button asks it.
 */
export function ScheduledBackupRunner({ profile }: { profile: Profile }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  useEffect(() => {
    let running = false;
    let remindedFor: string | null = null;
    const check = async () => {
      if (running) return;
      const [schedule, history] = await Promise.all([getBackupSchedule(session.db), backupHistory(session.db)]);
      if (!isBackupDue(schedule, history, new Date())) return;
      running = true;
      try {
        const unlocked = session.keyRing.unlocked();
        if (session.host.capabilities.backupDirectory && unlocked) {
          const result = await backUpNow(session, unlocked, profile, actor);
          if (result.error) notifications.show({ color: 'red', title: t('backupSchedule.failedTitle'), message: backupRunError(result.error, t) });
          return;
        }
        const period = history.lastSuccessAt ?? 'never';
        if (remindedFor === period) return;
        remindedFor = period;
        const download = async () => {
          notifications.hide(REMINDER_ID);
          const installation = await unlockInstallation();
          if (!installation) return;
          const result = await backUpNow(session, installation, profile, actor);
          if (result.error) notifications.show({ color: 'red', title: t('backupSchedule.failedTitle'), message: backupRunError(result.error, t) });
        };
        notifications.show({
          id: REMINDER_ID,
          color: 'orange',
          autoClose: false,
          title: t('backupSchedule.dueTitle'),
          message: (
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t(session.host.capabilities.backupDirectory ? 'keyLock.backupDueLocked' : 'backupSchedule.dueBrowser')}</Text>
              <Button size="xs" onClick={download}>
                {t(session.host.capabilities.backupDirectory ? 'backupSchedule.runNow' : 'backupSchedule.downloadNow')}
              </Button>
            </Stack>
          ),
        });
      } finally {
        running = false;
      }
    };
    const first = setTimeout(check, FIRST_CHECK_MS);
    const every = setInterval(check, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [session, profile, t, unlockInstallation, actor]);
  return null;
}
