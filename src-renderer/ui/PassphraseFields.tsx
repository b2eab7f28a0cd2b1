import { PasswordInput } from '@mantine/core';

interface PassphraseFieldsProps {
  labels: { passphrase: string; confirmation: string; hint?: string };
  passphrase: string;
  confirmation: string;
  onChange: (next: { passphrase: string; confirmation: string }) => void;
  disabled?: boolean;
}

/**
 * A new passphrase, entered twice (backup, exchange export). The rules and their messages are
 * `core/passphrase.ts`; the caller checks them on submit so both screens refuse alike.
 */
export function PassphraseFields({ labels, passphrase, confirmation, onChange, disabled }: PassphraseFieldsProps) {
  return (
    <>
      <PasswordInput
        label={labels.passphrase}
        description={labels.hint}
        value={passphrase}
        onChange={(e) => onChange({ passphrase: e.currentTarget.value, confirmation })}
        disabled={disabled}
        autoComplete="new-password"
      />
      <PasswordInput
        label={labels.confirmation}
        value={confirmation}
        onChange={(e) => onChange({ passphrase, confirmation: e.currentTarget.value })}
        disabled={disabled}
        autoComplete="new-password"
      />
    </>
  );
}
