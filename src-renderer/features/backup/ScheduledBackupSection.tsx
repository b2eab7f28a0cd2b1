import { Alert, Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { IconDatabaseExport, IconFolder, IconKey } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  BACKUP_INTERVALS,
  DEFAULT_BACKUP_SCHEDULE,
  MAX_KEPT_BACKUPS,
  nextBackupDue,
  type BackupInterval,
  type BackupSchedule,
} from '../../core/backup-schedule';
import { formatDateTime } from '../../core/format';
import type { Profile } from '../../core/profile';
import { recoveryKeyText } from '../../core/recovery-key';
import { backupHistory, getBackupSchedule, lastBackupResult, saveBackupSchedule } from '../../data/backup-schedule';
import { HostError } from '../../host';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { LabelledTable } from '../../ui/LabelledTable';
import { RangedIntegerInput } from '../../ui/RangedIntegerInput';
import { notify } from '../../ui/notify';
import { backUpNow, backupRunError } from './scheduled-backup';

/**
 * 系统设置 → 定时备份: on/off, daily or weekly, how many to keep, the folder (Electron), the last
 * result, back up now, and the recovery key without which these backups cannot be opened once
 * this PC's database is lost.
 */
export function ScheduledBackupSection({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  const { db, host } = session;
  const hasFolder = host.capabilities.backupDirectory;
  const schedule = useLiveQuery(() => getBackupSchedule(db), [db]) ?? DEFAULT_BACKUP_SCHEDULE;
  const result = useLiveQuery(() => lastBackupResult(db), [db]);
  const history = useLiveQuery(() => backupHistory(db), [db]);
  const [directory, setDirectory] = useState<string | null | undefined>(undefined);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    host.backupDirectory().then(setDirectory, () => setDirectory(null));
  }, [host]);

  const save = (patch: Partial<BackupSchedule>) => saveBackupSchedule(db, { ...schedule, ...patch });
  const chooseFolder = async () => {
    try {
      const chosen = await host.chooseBackupDirectory();
      if (chosen !== null) setDirectory(chosen);
    } catch (error) {
      notify('gray', t(error instanceof HostError ? `hostError.${error.code}` : 'backupSchedule.error.failed'));
    }
  };
  const runNow = async () => {
    // A backup carries the keys and is signed: the key passphrase is asked once per session where there is one.
    const installation = await unlockInstallation();
    if (!installation) return;
    setRunning(true);
    try {
      const done = await backUpNow(session, installation, profile, actor);
      if (done.ok && !done.error) notify('green', t('backupSchedule.done', { name: done.fileName ?? '' }));
    } finally {
      setRunning(false);
    }
  };
  const exportRecoveryKey = async () => {
    const installation = await unlockInstallation();
    if (!installation) return;
    const text = recoveryKeyText(installation.keys.ageIdentity, installation.keys.ageRecipient, installation.installationId, new Date());
    const saved = await host.saveFile({
      suggestedName: `恢复密钥-${installation.installationId.slice(0, 8)}.txt`,
      bytes: new TextEncoder().encode(text),
      filters: [{ name: 'age key', extensions: ['txt'] }],
    });
    if (saved.saved) notify('green', t('backupSchedule.recoveryKeySaved', { name: saved.name }));
  };

  const due = history ? nextBackupDue(schedule, history, new Date()) : null;
  const rows: [string, React.ReactNode][] = [
    [t('backupSchedule.lastRun'), result ? formatDateTime(result.at, locale) : t('backupSchedule.never')],
    [t('backupSchedule.lastFile'), result?.fileName ?? '—'],
    [t('backupSchedule.lastSize'), result?.bytes != null ? t('backupSchedule.megabytes', { size: (result.bytes / 1e6).toFixed(1) }) : '—'],
    [
      t('backupSchedule.lastError'),
      result?.error ? (
        <Text size="sm" c="red" data-testid="backup-error">
          {backupRunError(result.error, t)}
        </Text>
      ) : (
        '—'
      ),
    ],
    [t('backupSchedule.nextDue'), due ? formatDateTime(due, locale) : t('backupSchedule.off')],
  ];

  return (
    <Stack data-testid="scheduled-backup">
      <Text size="sm">{t('backupSchedule.intro')}</Text>
      <Switch
        label={t('backupSchedule.enabled')}
        checked={schedule.enabled}
        disabled={hasFolder && !directory}
        onChange={(e) => void save({ enabled: e.currentTarget.checked })}
      />
      <Group align="flex-start">
        <Select
          label={t('backupSchedule.interval')}
          data={BACKUP_INTERVALS.map((value) => ({ value, label: t(`backupSchedule.interval.${value}`) }))}
          value={schedule.interval}
          onChange={(value) => value && void save({ interval: value as BackupInterval })}
          allowDeselect={false}
          w={160}
        />
        <RangedIntegerInput
          label={t('backupSchedule.keep')}
          min={1}
          max={MAX_KEPT_BACKUPS}
          value={schedule.keep}
          onValue={(keep) => void save({ keep })}
          w={160}
        />
      </Group>
      {hasFolder ? (
        <Group>
          <Text size="sm" data-testid="backup-directory">
            {directory ? t('backupSchedule.folder', { path: directory }) : t('backupSchedule.noFolder')}
          </Text>
          <Button variant="default" size="xs" leftSection={<IconFolder size={16} />} onClick={chooseFolder}>
            {t('backupSchedule.chooseFolder')}
          </Button>
        </Group>
      ) : (
        <Alert color="blue" variant="light">
          {t('backupSchedule.browser')}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('backupSchedule.keyNote')}
      </Text>
      <LabelledTable rows={rows} testId="backup-last-result" />
      <Group>
        <Button leftSection={<IconDatabaseExport size={18} />} onClick={runNow} loading={running} disabled={hasFolder && !directory}>
          {t(hasFolder ? 'backupSchedule.runNow' : 'backupSchedule.downloadNow')}
        </Button>
        <Button variant="default" leftSection={<IconKey size={18} />} onClick={exportRecoveryKey}>
          {t('backupSchedule.exportRecoveryKey')}
        </Button>
      </Group>
    </Stack>
  );
}
