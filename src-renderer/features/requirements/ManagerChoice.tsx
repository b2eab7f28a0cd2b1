import { Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { listManagers } from '../../data/customers';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { defaultManager, rememberedManager, rememberManager } from './manager-choice';

export interface ManagerChoiceLabels {
  label: MessageKey;
  placeholder: MessageKey;
  /** Shown while nobody is chosen. */
  pickHint: MessageKey;
  noManagers: MessageKey;
}

/**
 * The "I am" choice of 客户需求 and 我的投诉: one person, one choice on this computer, so both pages
 * open on the same manager — the remembered one, else the manager named like the operator.
 * `children` renders the chosen manager's list.
 */
export function ManagerChoice({ labels, children }: { labels: ManagerChoiceLabels; children: (managerId: string) => ReactNode }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const data = useLiveQuery(async () => ({ managers: await listManagers(db) }), [db]);
  // undefined: not chosen yet in this visit, so the default applies once the managers are loaded.
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  if (!data) return null;
  const managerId = picked !== undefined ? picked : defaultManager(data.managers, rememberedManager(), actor);
  return (
    <Stack gap="lg">
      <Select
        label={t(labels.label)}
        placeholder={t(labels.placeholder)}
        data={data.managers.map((m) => ({ value: m.id, label: m.active ? m.name : t('managers.nameInactive', { name: m.name }) }))}
        value={managerId}
        onChange={(value) => {
          setPicked(value);
          rememberManager(value);
        }}
        searchable
        clearable
        w={260}
      />
      {data.managers.length === 0 && <Text c="dimmed">{t(labels.noManagers)}</Text>}
      {managerId ? children(managerId) : data.managers.length > 0 && <Text c="dimmed">{t(labels.pickHint)}</Text>}
    </Stack>
  );
}
