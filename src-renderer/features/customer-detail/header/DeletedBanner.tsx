import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { restoreCustomer, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { useCanWriteRecord } from '../../../ui/hooks/use-can';

/** A deleted customer's page stays readable (history is never lost) and offers to restore it to who may (not 查阅). */
export function DeletedBanner({ customer }: { customer: CustomerRecord }) {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const f = useFormat();
  const mayRestore = useCanWriteRecord('customers', 'restore');
  return (
    <Alert color="red" variant="light" role="status" data-testid="deleted-banner">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('detail.deletedBanner', { who: customer.updatedBy, when: f.instant(customer.deletedAt) })}</Text>
        {mayRestore && !customer.mergedInto && (
          <Button size="xs" leftSection={<IconRestore size={16} />} onClick={() => run((ctx) => restoreCustomer(db, customer.id, ctx), 'common.restored')}>
            {t('common.restore')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
