import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ValidationError } from '../../core/validation';
import { parseProfile, saveProfile } from '../../data/profile-repo';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { StartCard } from '../../ui/StartCard';
import { KeyPassphraseFields, keyPassphraseProblem, useKeyRingStatus, type NewPassphrase } from '../key-lock';
import { ProfileForm } from '../profile';

/**
 * First run: the department profile. The installation id and keys were made at boot; where the host has
 * no OS key store (the browser), the key passphrase that seals them is set here too, and the keys are
 * written only then (data/key-store.ts).
 */
export function SetupPage() {
  const t = useT();
  const session = useSession();
  const needsPassphrase = useKeyRingStatus() === 'needs-passphrase';
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<MessageKey | null>(null);
  return (
    <StartCard title={t('setup.title')}>
      <Text>{t('setup.intro')}</Text>
      {needsPassphrase && (
        <Stack gap="xs" data-testid="setup-key-passphrase">
          <Text size="sm">{t('keyLock.setupNote')}</Text>
          <KeyPassphraseFields value={passphrase} onChange={setPassphrase} problem={problem} />
        </Stack>
      )}
      <ProfileForm
        submitLabel="setup.submit"
        onSubmit={async (input) => {
          // Every field is checked before anything is written: the profile, then the key passphrase.
          const bad = needsPassphrase ? keyPassphraseProblem(passphrase.passphrase, passphrase.confirmation) : null;
          setProblem(bad);
          parseProfile(input);
          if (bad) throw new ValidationError({});
          if (needsPassphrase) await session.keyRing.setPassphrase(passphrase.passphrase);
          const operator = String((input as { operatorName?: unknown }).operatorName ?? '').trim();
          await saveProfile(session.db, input, writeContextOf(session, operator || '—'));
        }}
      />
      <Text size="sm" c="dimmed">
        {t('setup.keysNote')}
      </Text>
    </StartCard>
  );
}
