import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { StartCard } from '../../ui/StartCard';
import { KeyPassphraseFields, type NewPassphrase } from './KeyPassphraseFields';
import { keyLockErrorMessage, keyPassphraseProblem } from './key-passphrase';
import { keepEnterInField } from '../../ui/form-keys';

/**
 * Keys found in clear (made by a version before issue 14.6, or just restored from a backup) where the
 * host has no OS key store: the app waits here until a key passphrase seals them; the clear copy goes
 * in the same transaction.
 */
export function SetKeyPassphrasePage() {
  const t = useT();
  const { keyRing } = useSession();
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const bad = keyPassphraseProblem(value.passphrase, value.confirmation);
    setProblem(bad);
    if (bad) return;
    setBusy(true);
    try {
      await keyRing.setPassphrase(value.passphrase);
    } catch (e) {
      setProblem(keyLockErrorMessage(e));
      setBusy(false);
    }
  };
  return (
    <StartCard title={t('keyLock.upgradeTitle')}>
      <form
        onKeyDown={keepEnterInField}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="lg">
          <Text>{t('keyLock.upgradeIntro')}</Text>
          <KeyPassphraseFields value={value} onChange={setValue} problem={problem} disabled={busy} />
          {problem === 'keyLock.raced' && (
            <Text size="sm" c="red">
              {t(problem)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('keyLock.upgradeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </StartCard>
  );
}
