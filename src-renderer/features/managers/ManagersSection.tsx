import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowsExchange, IconPencil, IconPlus, IconUserOff, IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { customerCountsByManager, listManagers, updateManager, type ManagerRecord } from '../../data/customers';
import type { AirgapDb } from '../../data/db';
import { useT } from '../../i18n/react';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useAction } from '../../ui/hooks/use-action';
import { useArchive } from '../../ui/hooks/use-archive';
import { BulkHandoverModal } from './BulkHandoverModal';
import { ManagerModal } from './ManagerModal';
import { IconAction } from '../../ui/RowActions';
import { ToneBadge } from '../../ui/ToneBadge';
import { TableHead } from '../../ui/TableHead';

type Dialog = { kind: 'new' } | { kind: 'bulk'; from?: string } | { kind: 'edit' | 'deactivate'; manager: ManagerRecord };

/** Managers and how many live customers each has (index counts: the customers themselves are not read). */
async function loadManagers(db: AirgapDb) {
  const [managers, counts] = await Promise.all([listManagers(db), customerCountsByManager(db)]);
  return { managers, counts };
}

/** 客户经理: who can be responsible for customers; a leaving manager is deactivated, never deleted (history names them). */
export function ManagersSection() {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const data = useLiveQuery(() => loadManagers(db), [db]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  if (!data) return null;
  const { managers, counts } = data;
  const setActive = (m: ManagerRecord, active: boolean) =>
    run((ctx) => updateManager(db, m.id, { name: m.name, phone: m.phone, active }, ctx), active ? 'managers.activated' : 'managers.deactivated', {
      name: m.name,
    });
  return (
    <Stack gap="sm" data-testid="managers-section">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('managers.intro')}
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconArrowsExchange size={16} />} onClick={() => setDialog({ kind: 'bulk' })} disabled={managers.length < 2}>
            {t('managers.bulk')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
            {t('managers.add')}
          </Button>
        </Group>
      </Group>
      {managers.length === 0 ? (
        <Text c="dimmed">{t('managers.empty')}</Text>
      ) : (
        <Table striped withTableBorder verticalSpacing="xs">
          <TableHead
            cells={[
              t('managers.name'),
              t('managers.phone'),
              t('managers.state'),
              { label: t('managers.customers'), ta: 'right' },
              { label: t('common.actions'), w: 130 },
            ]}
          />
          <Table.Tbody>
            {managers.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.phone || '—'}</Table.Td>
                <Table.Td>
                  <ToneBadge color={m.active ? 'green' : 'gray'}>{t(m.active ? 'managers.isActive' : 'managers.inactive')}</ToneBadge>
                </Table.Td>
                <Table.Td ta="right">{counts.get(m.id) ?? 0}</Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <IconAction
                      label={t('common.editOf', { name: m.name })}
                      icon={<IconPencil size={18} />}
                      onClick={() => setDialog({ kind: 'edit', manager: m })}
                    />
                    {(counts.get(m.id) ?? 0) > 0 && (
                      <IconAction
                        label={t('managers.bulkOf', { name: m.name })}
                        icon={<IconArrowsExchange size={18} />}
                        onClick={() => setDialog({ kind: 'bulk', from: m.id })}
                      />
                    )}
                    {m.active ? (
                      <IconAction
                        label={t('managers.deactivateOf', { name: m.name })}
                        icon={<IconUserOff size={18} />}
                        onClick={() => setDialog({ kind: 'deactivate', manager: m })}
                        color="red"
                      />
                    ) : (
                      <IconAction label={t('managers.activateOf', { name: m.name })} icon={<IconUserPlus size={18} />} onClick={() => setActive(m, true)} />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'new' && <ManagerModal onClose={close} />}
      {dialog?.kind === 'edit' && <ManagerModal manager={dialog.manager} onClose={close} />}
      {dialog?.kind === 'bulk' && <BulkHandoverModal managers={managers} counts={counts} from={dialog.from} onClose={close} />}
      {dialog?.kind === 'deactivate' && (
        <ConfirmModal
          title={t('managers.deactivateTitle')}
          confirmLabel={t('managers.deactivate')}
          onClose={close}
          onConfirm={() => setActive(dialog.manager, false)}
        >
          {t((counts.get(dialog.manager.id) ?? 0) > 0 ? 'managers.deactivateBodyCustomers' : 'managers.deactivateBody', {
            name: dialog.manager.name,
            count: counts.get(dialog.manager.id) ?? 0,
          })}
        </ConfirmModal>
      )}
    </Stack>
  );
}
