import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { DEFAULT_SECURITY_POLICY } from '../../core/accounts';
import { ValidationError } from '../../core/validation';
import { isMessageKey, type MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { keepEnterInField } from '../../ui/form-keys';
import { AccountFields } from './AccountFields';
import { ADMIN_ACCOUNTS, formPathOf, initialSetupValues, toSetUpInput, type SetupValues } from './setup-values';
import type { SetUpAccountsInput } from '../../data/accounts';

interface AccountsSetupFormProps {
  /** The business user's name to start from (an upgrade: the profile's operator). */
  businessName?: string;
  /** Creates the accounts (the repository validates); a ValidationError comes back as field messages. */
  onSubmit: (input: SetUpAccountsInput) => Promise<void>;
  /** Buttons before 创建账户 (the first run's 上一步). */
  extraActions?: ReactNode;
}

/** The three administrators and the first business user: first run and the first start after the upgrade. */
export function AccountsSetupForm({ businessName, onSubmit, extraActions }: AccountsSetupFormProps) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<SetupValues>({ mode: 'controlled', initialValues: initialSetupValues(businessName) });
  const policy = DEFAULT_SECURITY_POLICY.password;

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setFormError(null);
    try {
      await onSubmit(toSetUpInput(values));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const errors: Record<string, string> = {};
      for (const [path, key] of Object.entries(error.fieldErrors)) errors[formPathOf(path)] ??= isMessageKey(key) ? t(key) : t('validation.custom');
      form.setErrors(errors);
      setFormError('validation.fixErrors');
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('accountSetup.passwordRule', { min: policy.minLength, classes: policy.minClasses })}
        </Text>
        {ADMIN_ACCOUNTS.map(([account, role]) => (
          <AccountFields key={account} form={form} account={account} title={t(`role.${role}`)} hint={t(`accountSetup.adminHint.${role}`)} />
        ))}
        <AccountFields form={form} account="business" title={t('accountSetup.business')} hint={t('accountSetup.businessHint')} />
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {t(formError)}
          </Alert>
        )}
        <Group justify="flex-end">
          {extraActions}
          <Button type="submit" loading={saving}>
            {t('accountSetup.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
