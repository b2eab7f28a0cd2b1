import { Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/react';
import type { MessageKey } from '../../i18n';
import { PassphraseFields } from '../../ui/PassphraseFields';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

/** A new key passphrase, typed twice (setup, upgrade, reset); `problem` is shown under the field it concerns. */
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
      <PassphraseFields
        labels={{ passphrase: t('keyLock.passphrase'), confirmation: t('keyLock.passphraseConfirm') }}
        passphrase={value.passphrase}
        confirmation={value.confirmation}
        onChange={onChange}
        errors={{
          passphrase: problem === 'keyLock.passphraseShort' ? t(problem) : undefined,
          confirmation: problem === 'keyLock.passphraseMismatch' ? t(problem) : undefined,
        }}
        disabled={disabled}
        required
      />
      <Text size="xs" c="dimmed">
        {t('keyLock.passphraseHint')}
      </Text>
    </Stack>
  );
}
