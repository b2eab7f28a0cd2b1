import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/react';
import { Link } from './Link';

/**
 * What a customer's page (or its edit form) shows for a customer outside the signed-in user's data
 * scope (issue 15.3): the reason and the way back, none of its records. Also exported for the
 * complaint's page, which says the same of a complaint of such a customer.
 */
export function OutOfScope({ title }: { title?: string }) {
  const t = useT();
  return (
    <Stack align="flex-start" role="alert">
      <Title order={2}>{title ?? t('accounts.outOfScope')}</Title>
      <Text c="dimmed">{t('scope.hiddenHint')}</Text>
      <Link href="#/customers">{t('scope.backToList')}</Link>
    </Stack>
  );
}
