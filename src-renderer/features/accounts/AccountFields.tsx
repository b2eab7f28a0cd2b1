import { Card, Checkbox, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { BUSINESS_ROLES, DATA_SCOPES, type DataScope } from '../../core/accounts/types';
import { dataScopeLabel, roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import type { SetupValues } from './setup-values';

type AccountKey = 'systemAdmin' | 'securityAdmin' | 'auditAdmin' | 'business';

/** One account of the setup form: name, sign-in name, password twice; the business user also roles and scope. */
export function AccountFields({ form, account, title, hint }: { form: UseFormReturnType<SetupValues>; account: AccountKey; title: string; hint: string }) {
  const t = useT();
  return (
    <Card withBorder padding="md" data-testid={`account-${account}`} role="group" aria-label={title}>
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <TextInput required label={t('accountSetup.displayName')} {...form.getInputProps(`${account}.displayName`)} />
          <TextInput required label={t('accountSetup.username')} autoComplete="off" {...form.getInputProps(`${account}.username`)} />
          <PasswordInput required label={t('accountSetup.password')} autoComplete="new-password" {...form.getInputProps(`${account}.password`)} />
          <PasswordInput required label={t('accountSetup.confirmation')} autoComplete="new-password" {...form.getInputProps(`${account}.confirmation`)} />
        </SimpleGrid>
        {account === 'business' && (
          <Group align="flex-start" grow>
            <Checkbox.Group label={t('accountSetup.roles')} {...form.getInputProps('business.roles')}>
              <Group gap="md" mt={6}>
                {BUSINESS_ROLES.map((role) => (
                  <Checkbox key={role} value={role} label={t(roleLabel(role))} />
                ))}
              </Group>
            </Checkbox.Group>
            <Select
              label={t('accountSetup.scope')}
              allowDeselect={false}
              data={DATA_SCOPES.map((scope) => ({ value: scope, label: t(dataScopeLabel(scope)) }))}
              {...form.getInputProps('business.scope')}
              onChange={(value) => value && form.setFieldValue('business.scope', value as DataScope)}
            />
          </Group>
        )}
      </Stack>
    </Card>
  );
}
