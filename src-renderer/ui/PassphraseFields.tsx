import { PasswordInput } from '@mantine/core';

interface PassphraseFieldsProps {
  labels: { passphrase: string; confirmation: string; hint?: string };
  passphrase: string;
  confirmation: string;
  onChange: (next: { passphrase: string; confirmation: string }) => void;
  disabled?: boolean;
  /** A message under the field it concerns (the key passphrase's form shows them there). */
  errors?: { passphrase?: string; confirmation?: string };
  required?: boolean;
}

/**
 * A new passphrase, entered twice (backup, exchange export, the key passphrase). The rules and their
 * messages are the caller's (`core/passphrase.ts`, key-lock's), checked on submit.
 */
export function PassphraseFields({ labels, passphrase, confirmation, onChange, disabled, errors, required }: PassphraseFieldsProps) {
  return (
    <>
      <PasswordInput
        label={labels.passphrase}
        description={labels.hint}
        value={passphrase}
        onChange={(e) => onChange({ passphrase: e.currentTarget.value, confirmation })}
        error={errors?.passphrase}
        disabled={disabled}
        autoComplete="new-password"
        required={required}
      />
      <PasswordInput
        label={labels.confirmation}
        value={confirmation}
        onChange={(e) => onChange({ passphrase, confirmation: e.currentTarget.value })}
        error={errors?.confirmation}
        disabled={disabled}
        autoComplete="new-password"
        required={required}
      />
    </>
  );
}
