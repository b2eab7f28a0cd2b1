import { Alert, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { DEFAULT_PERIOD_YEARS, type ClassificationLevel } from '../../core/classification';
import { ForbiddenError } from '../../core/accounts';
import type { ProfileFields } from '../../core/profile';
import { ValidationError } from '../../core/validation';
import { isMessageKey, type MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { formFieldOf, fromFormValues, LEVEL_OPTIONS, needsPeriod, toFormValues, type ProfileFormValues } from './profile-form-values';
import { keepEnterInField } from '../../ui/form-keys';

interface ProfileFormProps {
  initial?: ProfileFields;
  submitLabel: MessageKey;
  /** Saves through the repository, which validates; a ValidationError comes back as field messages. */
  onSubmit: (input: unknown) => Promise<void>;
}

/** Department profile: first-run setup and settings share this form. */
export function ProfileForm({ initial, submitLabel, onSubmit }: ProfileFormProps) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<ProfileFormValues>({ mode: 'controlled', initialValues: toFormValues(initial) });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setFormError(null);
    try {
      await onSubmit(fromFormValues(values));
      form.resetDirty(values);
    } catch (error) {
      // The signed-in account's roles do not allow it (the repository wrote nothing): said above the buttons.
      if (error instanceof ForbiddenError) {
        setFormError(error.messageKey);
        return;
      }
      if (!(error instanceof ValidationError)) throw error;
      const errors: Record<string, string> = {};
      for (const [path, key] of Object.entries(error.fieldErrors)) {
        errors[formFieldOf(path)] ??= isMessageKey(key) ? t(key) : t('validation.custom');
      }
      form.setErrors(errors);
      setFormError('validation.fixErrors');
    } finally {
      setSaving(false);
    }
  });

  const level = form.values.level;
  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
      <Stack gap="md">
        <TextInput required label={t('profile.organisation')} placeholder={t('profile.organisation.placeholder')} {...form.getInputProps('organisation')} />
        <TextInput required label={t('profile.department')} placeholder={t('profile.department.placeholder')} {...form.getInputProps('department')} />
        <Group grow align="flex-start">
          <Select
            label={t('profile.defaultMark')}
            description={t('profile.defaultMark.hint')}
            allowDeselect={false}
            data={LEVEL_OPTIONS.map((l) => ({ value: l, label: t(`mark.${l}`) }))}
            {...form.getInputProps('level')}
            onChange={(value) => {
              const next = (value ?? 'internal') as ClassificationLevel;
              form.setFieldValue('level', next);
              form.setFieldValue('periodYears', DEFAULT_PERIOD_YEARS[next] ?? '');
            }}
          />
          {needsPeriod(level) && <NumberInput label={t('profile.markPeriod')} min={1} max={30} clampBehavior="none" {...form.getInputProps('periodYears')} />}
        </Group>
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {t(formError)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t(submitLabel)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
