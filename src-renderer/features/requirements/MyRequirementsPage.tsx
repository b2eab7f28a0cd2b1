import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listManagers } from '../../data/archive';
import { getProfile } from '../../data/profile-repo';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { OpenRequirementsTable } from './OpenRequirementsTable';
import { defaultManager, rememberedManager, rememberManager } from './manager-choice';

/** 客户需求: the open requirements of one account manager's customers, overdue first, each linked to its customer. */
export function MyRequirementsPage() {
  const t = useT();
  const { db } = useSession();
  const data = useLiveQuery(async () => ({ managers: await listManagers(db), profile: await getProfile(db) }), [db]);
  // undefined: not chosen yet in this visit, so the default applies once the managers are loaded.
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  if (!data) return null;
  const managerId = picked !== undefined ? picked : defaultManager(data.managers, rememberedManager(), data.profile?.operatorName);

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('nav.requirements')}</Title>
      <Group align="flex-end">
        <Select
          label={t('detail.myReq.manager')}
          placeholder={t('detail.myReq.pick')}
          data={data.managers.map((m) => ({ value: m.id, label: m.active ? m.name : t('detail.managers.nameInactive', { name: m.name }) }))}
          value={managerId}
          onChange={(value) => {
            setPicked(value);
            rememberManager(value);
          }}
          searchable
          clearable
          w={260}
        />
      </Group>
      {data.managers.length === 0 && <Text c="dimmed">{t('detail.myReq.noManagers')}</Text>}
      {managerId ? <OpenRequirementsTable managerId={managerId} /> : data.managers.length > 0 && <Text c="dimmed">{t('detail.myReq.pickHint')}</Text>}
    </Stack>
  );
}
