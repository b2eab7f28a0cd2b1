import { Badge, Box, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconArrowsExchange, IconPencil, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { can, canWriteRecord } from '../../../core/accounts';
import { markFor } from '../../../core/classification';
import type { CustomerStatus } from '../../../core/model';
import { ancestorsOf, deleteCustomer, type CustomerRecord } from '../../../data/customers';
import { customerLevelLabel, customerStatusLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { ClassificationBadge } from '../../../ui/ClassificationBadge';
import { GradeBadge } from '../../../ui/GradeBadge';
import { MergeModal } from '../../customers';
import { HandoverModal } from '../modals/HandoverModal';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { inBrackets } from '../../../ui/format';
import { usePreferences } from '../../../state/preferences';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { ToneBadge } from '../../../ui/ToneBadge';
import { Link } from '../../../ui/Link';
import { useActor } from '../../../state/signed-in';

const STATUS_COLOR: Record<CustomerStatus, string> = { active: 'green', dormant: 'yellow', lost: 'gray' };

/** Where the customer sits (breadcrumbs of its groups), what it is, who manages it, and the actions on it. */
export function CustomerHeader({ customer }: { customer: CustomerRecord }) {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const locale = usePreferences((s) => s.locale);
  const [, navigate] = useLocation();
  const [dialog, setDialog] = useState<'handover' | 'merge' | 'delete' | null>(null);
  const ancestors = useLiveQuery(() => ancestorsOf(db, customer), [db, customer]) ?? [];
  const live = customer.deletedAt === null;
  // Only the actions the user's roles allow (issue 15.3; the repositories refuse the rest): 查阅 reads and prints.
  const actor = useActor();
  const allowed = {
    write: canWriteRecord(actor, 'customers', 'update'),
    print: can(actor, 'report.print'),
    handover: canWriteRecord(actor, 'handovers', 'create'),
    delete: canWriteRecord(actor, 'customers', 'delete'),
  };

  return (
    <Stack gap="xs">
      <Box component="nav" aria-label={t('detail.breadcrumbs')}>
        <Breadcrumbs separatorMargin={6}>
          <Link href="#/customers" size="sm">
            {t('nav.customers')}
          </Link>
          {ancestors.map((a) => (
            <Link key={a.id} href={`#/customers/${a.id}`} size="sm">
              {a.name}
            </Link>
          ))}
          <Text size="sm" aria-current="page">
            {customer.name}
          </Text>
        </Breadcrumbs>
      </Box>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Group gap="sm" align="baseline">
            <Title order={2}>{customer.name}</Title>
            {customer.shortName && <Text c="dimmed">{inBrackets(customer.shortName, locale)}</Text>}
          </Group>
          <Group gap="xs">
            <ClassificationBadge mark={markFor(customer.classification)} title={t('field.classification')} />
            <span data-testid="customer-grade" title={t('gradingCustomer.current.title')}>
              <GradeBadge grade={customer.grade} size="lg" />
            </span>
            <ToneBadge color={STATUS_COLOR[customer.status]} size="lg">
              {t(customerStatusLabel(customer.status))}
            </ToneBadge>
            <Badge variant="outline" color="gray" size="lg" radius="sm" tt="none">
              {t(customerLevelLabel(customer.level))}
            </Badge>
            <Text size="sm" ml="xs" data-testid="customer-manager">
              {t('detail.managerLine', { name: customer.managerName || t('field.noManager') })}
            </Text>
          </Group>
        </Stack>
        {live && (
          <Group gap="xs">
            {allowed.write && (
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => navigate(`/customers/${customer.id}/edit`)}>
                {t('detail.edit')}
              </Button>
            )}
            {allowed.write && customer.level < 3 && (
              <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => navigate(`/customers/new/${customer.id}`)}>
                {t('detail.addSubUnit')}
              </Button>
            )}
            {allowed.print && (
              <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => navigate(`/reports/dossier/${customer.id}`)}>
                {t('reports.dossier.print')}
              </Button>
            )}
            {allowed.handover && (
              <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog('handover')}>
                {t('detail.handover')}
              </Button>
            )}
            {allowed.delete && (
              <Button variant="default" leftSection={<IconArrowMerge size={16} />} onClick={() => setDialog('merge')}>
                {t('merge.action')}
              </Button>
            )}
            {allowed.delete && (
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                {t('common.delete')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {dialog === 'handover' && <HandoverModal customer={customer} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && <MergeModal customer={customer} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmModal
          title={t('detail.delete.title')}
          confirmLabel={t('common.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => run((ctx) => deleteCustomer(db, customer.id, ctx), 'detail.delete.done')}
        >
          {t('detail.delete.body', { name: customer.name })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
