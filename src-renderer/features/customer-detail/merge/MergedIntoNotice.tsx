import { Alert, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { getCustomer, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { Link } from '../../../ui/Link';
import { useArchive } from '../../../ui/hooks/use-archive';

/** On a merged-away customer's page: which unit it lives on in, with the way there. */
export function MergedIntoNotice({ customer }: { customer: CustomerRecord }) {
  const t = useT();
  const { db } = useArchive();
  const target = useLiveQuery(async () => (customer.mergedInto ? ((await getCustomer(db, customer.mergedInto)) ?? null) : null), [db, customer.mergedInto]);
  if (!customer.mergedInto || !target) return null;
  return (
    <Alert color="blue" variant="light" role="status" data-testid="merged-into">
      <Text size="sm">{t('merge.notice.mergedInto', { name: target.name })}</Text>
      <Link href={`#/customers/${target.id}`} size="sm">
        {t('merge.notice.open', { name: target.name })}
      </Link>
    </Alert>
  );
}
