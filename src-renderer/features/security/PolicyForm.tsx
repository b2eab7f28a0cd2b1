import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { POLICY_PRESETS, presetPolicy, type PolicyPreset, type SecurityPolicy } from '../../core/accounts';
import { ValidationError } from '../../core/validation';
import { saveSecurityPolicy } from '../../data/accounts';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FormErrors } from '../../ui/FormModal';
import { keepEnterInField } from '../../ui/form-keys';
import { notify } from '../../ui/notify';
import { refusalsAsValidation } from '../users';
import { PASSWORD_FIELDS, presetLabel, SESSION_FIELDS, type PolicyField, type PolicyFormValues } from './policy-fields';

/**
 * 密码与会话策略: a preset fills in its values, editing any value makes the policy 自定义, and 保存
 * sends exactly what is shown: the repository refuses a value out of its bounds at its field.
 */
export function PolicyForm({ policy }: { policy: SecurityPolicy }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const [saving, setSaving] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<PolicyFormValues>({ mode: 'controlled', initialValues: policy });

  const choosePreset = (preset: PolicyPreset) => {
    if (preset === 'custom') form.setFieldValue('preset', 'custom');
    else form.setValues(presetPolicy(preset));
    form.clearErrors();
  };
  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setFormErrors([]);
    try {
      // The repository is the validator: an emptied field ('') reaches it and is refused there.
      await refusalsAsValidation(() => saveSecurityPolicy(db, actor, values as SecurityPolicy, new Date()));
      notify('green', t('security.policy.saved'));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const fields = [...PASSWORD_FIELDS, ...SESSION_FIELDS].map((field) => field.path);
      const messages = Object.entries(error.fieldErrors).map(([path, key]) => [path, isMessageKey(key) ? t(key) : t('validation.custom')] as const);
      const atFields = messages.filter(([path]) => fields.includes(path));
      form.setErrors(Object.fromEntries(atFields));
      const loose = messages.filter(([path]) => !fields.includes(path)).map(([, message]) => message);
      setFormErrors([...(atFields.length > 0 ? [t('validation.fixErrors')] : []), ...loose]);
    } finally {
      setSaving(false);
    }
  });

  // The range (and hint) goes below the input: descriptions differ in length, and the inputs of a row must line up.
  const numberField = ({ path, label, bounds: [min, max], hint }: PolicyField) => (
    <NumberInput
      key={path}
      label={t(label)}
      description={t(hint ?? 'security.policy.range', { min, max })}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      min={min}
      max={max}
      clampBehavior="none"
      allowDecimal={false}
      {...form.getInputProps(path)}
      onChange={(value) => {
        form.setFieldValue(path, value);
        form.setFieldValue('preset', 'custom');
      }}
    />
  );
  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('security.policy.intro')}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="policy-preset">
            {t('security.policy.preset')}
          </Text>
          <SegmentedControl
            aria-labelledby="policy-preset"
            style={{ alignSelf: 'flex-start' }}
            data={POLICY_PRESETS.map((preset) => ({ value: preset, label: t(presetLabel(preset)) }))}
            value={form.values.preset}
            onChange={(value) => choosePreset(value as PolicyPreset)}
          />
        </Stack>
        <Title order={4} size="h5">
          {t('security.policy.password')}
        </Title>
        <SimpleGrid cols={{ base: 2, lg: 4 }}>{PASSWORD_FIELDS.map(numberField)}</SimpleGrid>
        <Title order={4} size="h5">
          {t('security.policy.lockout')}
        </Title>
        <SimpleGrid cols={{ base: 2, lg: 4 }}>{SESSION_FIELDS.map(numberField)}</SimpleGrid>
        <FormErrors messages={formErrors} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('security.policy.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
