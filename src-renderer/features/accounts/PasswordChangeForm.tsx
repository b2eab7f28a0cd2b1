import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { Actor } from '../../core/accounts/types';
import { ValidationError } from '../../core/validation';
import { changeOwnPassword, getSecurityPolicy } from '../../data/accounts';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { keepEnterInField } from '../../ui/form-keys';

interface Values {
  current: string;
  password: string;
  confirmation: string;
}

/** The signed-in user's own password: current, new twice; the policy in force says the rule. */
export function PasswordChangeForm({ actor, onChanged, extraActions }: { actor: Actor; onChanged: () => void; extraActions?: ReactNode }) {
  const t = useT();
  const { db } = useSession();
  const policy = useLiveQuery(() => getSecurityPolicy(db), [db]);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { current: '', password: '', confirmation: '' } });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      await changeOwnPassword(db, actor, values.current, values.password, values.confirmation, new Date());
      onChanged();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const errors: Record<string, string> = {};
      for (const [path, key] of Object.entries(error.fieldErrors)) errors[path] = isMessageKey(key) ? t(key) : t('validation.custom');
      form.setErrors(errors);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
      <Stack gap="sm">
        {policy && (
          <Text size="sm" c="dimmed">
            {t('accountSetup.passwordRule', { min: policy.password.minLength, classes: policy.password.minClasses })}
          </Text>
        )}
        <PasswordInput required label={t('passwordChange.current')} autoComplete="current-password" {...form.getInputProps('current')} />
        <PasswordInput required label={t('passwordChange.next')} autoComplete="new-password" {...form.getInputProps('password')} />
        <PasswordInput required label={t('passwordChange.confirmation')} autoComplete="new-password" {...form.getInputProps('confirmation')} />
        {Object.keys(form.errors).length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('validation.fixErrors')}
          </Alert>
        )}
        <Group justify="flex-end">
          {extraActions}
          <Button type="submit" loading={saving}>
            {t('passwordChange.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
