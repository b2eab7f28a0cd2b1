import { PasswordInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSecurityPolicy } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';

/** The part of a form that sets a temporary password. */
export interface TemporaryPasswordValues extends Record<string, unknown> {
  password: string;
  confirmation: string;
}

/** A temporary password typed twice, with the rule of the policy in force under it (the repository checks it). */
export function TemporaryPasswordFields<V extends TemporaryPasswordValues>({ form, autoFocus }: { form: UseFormReturnType<V>; autoFocus?: boolean }) {
  const t = useT();
  const { db } = useSession();
  const policy = useLiveQuery(() => getSecurityPolicy(db), [db]);
  const rule = policy && t('users.passwordRule', { min: policy.password.minLength, classes: policy.password.minClasses });
  return (
    <>
      <PasswordInput
        required
        label={t('users.temporaryPassword')}
        description={rule}
        autoComplete="new-password"
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('password')}
      />
      <PasswordInput required label={t('users.confirmation')} autoComplete="new-password" {...form.getInputProps('confirmation')} />
    </>
  );
}
