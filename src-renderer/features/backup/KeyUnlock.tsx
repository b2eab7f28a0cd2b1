import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { parseIdentityFile } from '../../core/recovery-key';
import type { HostBridge } from '../../host';
import { useT } from '../../i18n/react';

/**
 * Unlocking a backup locked for an installation's age key (a scheduled backup): this
 * installation's own key when it is the one (settings), or a recovery key file (another PC, or
 * the error screen where the database — and the key in it — cannot be read).
 */
export function KeyUnlock({
  host,
  ownIdentity,
  onChange,
  disabled,
}: {
  host: HostBridge;
  ownIdentity: string | null;
  onChange: (identities: string[] | null) => void;
  disabled: boolean;
}) {
  const t = useT();
  const [source, setSource] = useState<'own' | 'file'>(ownIdentity ? 'own' : 'file');
  const [fileName, setFileName] = useState<string | null>(null);
  const [bad, setBad] = useState(false);

  const pick = (next: 'own' | 'file') => {
    setSource(next);
    setFileName(null);
    setBad(false);
    onChange(next === 'own' && ownIdentity ? [ownIdentity] : null);
  };

  const chooseFile = async () => {
    const file = await host.openFile({
      title: t('backupSchedule.recoveryKeyChoose'),
      filters: [{ name: 'age key', extensions: ['txt'] }],
      maxBytes: 64 * 1024,
    });
    if (!file) return;
    const identities = parseIdentityFile(new TextDecoder().decode(file.bytes));
    setFileName(file.name);
    setBad(identities === null);
    onChange(identities);
  };

  return (
    <Stack gap="xs">
      <Radio.Group label={t('backupSchedule.unlockWith')} value={source} onChange={(v) => pick(v as 'own' | 'file')}>
        <Group gap="lg" mt="xs">
          {ownIdentity && <Radio value="own" label={t('backupSchedule.unlockOwn')} disabled={disabled} />}
          <Radio value="file" label={t('backupSchedule.unlockFile')} disabled={disabled} />
        </Group>
      </Radio.Group>
      {source === 'file' && (
        <Group>
          <Button variant="default" size="xs" leftSection={<IconKey size={16} />} onClick={chooseFile} disabled={disabled}>
            {t('backupSchedule.recoveryKeyChoose')}
          </Button>
          {fileName && (
            <Text size="sm" c={bad ? 'red' : undefined}>
              {bad ? t('backupSchedule.recoveryKeyBad', { name: fileName }) : fileName}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
