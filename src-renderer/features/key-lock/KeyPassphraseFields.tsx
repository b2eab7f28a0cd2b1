import { PasswordInput, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/react';
import type { MessageKey } from '../../i18n';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

/** A new key passphrase, typed twice (setup, upgrade, reset); `problem` is shown under the fields. */
export function KeyPassphraseFields({
  value,
  onChange,
  problem,
  disabled,
}: {
  value: NewPassphrase;
  onChange: (next: NewPassphrase) => void;
  problem: MessageKey | null;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <Stack gap="xs" data-testid="key-passphrase-fields">
      <PasswordInput
        label={t('keyLock.passphrase')}
        value={value.passphrase}
        onChange={(e) => onChange({ ...value, passphrase: e.currentTarget.value })}
        error={problem === 'keyLock.passphraseShort' ? t(problem) : undefined}
        disabled={disabled}
        autoComplete="new-password"
        required
      />
      <PasswordInput
        label={t('keyLock.passphraseConfirm')}
        value={value.confirmation}
        onChange={(e) => onChange({ ...value, confirmation: e.currentTarget.value })}
        error={problem === 'keyLock.passphraseMismatch' ? t(problem) : undefined}
        disabled={disabled}
        autoComplete="new-password"
        required
      />
      <Text size="xs" c="dimmed">
        {t('keyLock.passphraseHint')}
      </Text>
    </Stack>
  );
}
