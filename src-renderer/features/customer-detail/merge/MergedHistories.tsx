import { Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { customersMergedInto } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { HistoryTab } from '../tabs/HistoryTab';
import { Link } from '../../../ui/Link';
import { useArchive } from '../../../ui/hooks/use-archive';

/**
 * Under the kept customer's own 修改记录: the history of every customer merged into it (created,
 * edited, merged, deleted), so both histories of the unit read on one page.
 */
export function MergedHistories({ customerId }: { customerId: string }) {
  const t = useT();
  const { db } = useArchive();
  const merged = useLiveQuery(() => customersMergedInto(db, customerId), [db, customerId]) ?? [];
  return merged.map((unit) => (
    <Stack key={unit.id} gap="xs" mt="lg" component="section" aria-label={t('merge.history.title', { name: unit.name })} data-testid="merged-history">
      <Title order={3} size="h5">
        <Link href={`#/customers/${unit.id}`}>{t('merge.history.title', { name: unit.name })}</Link>
      </Title>
      <HistoryTab customerId={unit.id} />
    </Stack>
  ));
}
