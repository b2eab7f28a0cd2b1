import { Badge, Card, DataList, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { formatMark, markFor } from '../../../core/classification';
import { childrenOf, getCustomer, type CustomerRecord } from '../../../data/customers';
import { customerLevelLabel, customerStatusLabel, customerTypeLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { CustomerTimeline } from '../shared/CustomerTimeline';
import { Link } from '../../../ui/Link';

const words = (items: readonly string[]) =>
  items.length === 0 ? (
    '—'
  ) : (
    <Group gap={4}>
      {items.map((w) => (
        <Badge key={w} variant="light" color="gray" radius="sm">
          {w}
        </Badge>
      ))}
    </Group>
  );

/** Latest timeline items on the overview: what happened lately is the first thing a manager asks. */
const RECENT_ITEMS = 5;

/** 概况: the archive card (every field of the unit), its sub-units and its latest activity. */
export function OverviewTab({ customer, onShowTimeline }: { customer: CustomerRecord; onShowTimeline: () => void }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const parent = useLiveQuery(async () => (customer.parentId ? ((await getCustomer(db, customer.parentId)) ?? null) : null), [db, customer.parentId]);
  const children = useLiveQuery(() => childrenOf(db, customer.id), [db, customer.id]);

  const rows: [string, ReactNode][] = [
    [t('field.name'), customer.name],
    [t('field.shortName'), customer.shortName || '—'],
    [t('field.level'), t(customerLevelLabel(customer.level))],
    [
      t('field.parentId'),
      parent ? (
        <Link href={`#/customers/${parent.id}`} size="sm">
          {parent.name}
        </Link>
      ) : (
        '—'
      ),
    ],
    [t('field.type'), t(customerTypeLabel(customer.type))],
    [t('field.fields'), words(customer.fields)],
    [t('field.region'), customer.region || '—'],
    [t('field.address'), customer.address || '—'],
    [t('field.cooperationStart'), f.day(customer.cooperationStart)],
    [t('field.status'), t(customerStatusLabel(customer.status))],
    [t('field.tags'), words(customer.tags)],
    [t('field.classification'), formatMark(markFor(customer.classification))],
    [t('field.managerName'), customer.managerName || t('field.noManager')],
    [t('field.notes'), customer.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{customer.notes}</Text> : '—'],
    [t('field.updatedBy'), customer.updatedBy],
  ];

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('detail.card')}
          </Title>
          <DataList withDivider labelWidth={120} data-testid="archive-card">
            {rows.map(([label, value]) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('detail.subUnits')}
          </Title>
          {children && children.length > 0 ? (
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {children.map((c) => (
                <li key={c.id}>
                  <Link href={`#/customers/${c.id}`}>{c.name}</Link>
                </li>
              ))}
            </Stack>
          ) : (
            <Text c="dimmed" size="sm">
              {t('detail.subUnits.none')}
            </Text>
          )}
        </Card>
        <Card withBorder mt="md">
          <Title order={3} size="h5" mb="sm">
            {t('detail.recent')}
          </Title>
          <CustomerTimeline customerId={customer.id} first={RECENT_ITEMS} onMore={onShowTimeline} />
        </Card>
      </Grid.Col>
    </Grid>
  );
}
