import { TextInput } from '@mantine/core';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/react';

/**
 * 用途 (issue 15.6): typed before every print, PDF and export file, registered with its 份号. One field for
 * the report preview, the exchange export and the backup / audit-export dialog.
 */
export function PurposeInput({
  value,
  onChange,
  error,
  disabled,
  testId,
}: {
  value: string;
  onChange: (value: string) => void;
  error: MessageKey | null;
  disabled?: boolean;
  testId?: string;
}) {
  const t = useT();
  return (
    <TextInput
      label={t('output.purpose')}
      description={t('output.purposeHint')}
      placeholder={t('output.purposePlaceholder')}
      withAsterisk
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error && t(error)}
      disabled={disabled}
      data-testid={testId}
    />
  );
}
