import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listManagers } from '../../data/archive';
import { customerNamesOf, openComplaintsOfHandler } from '../../data/complaints';
import { getProfile } from '../../data/profile-repo';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { defaultManager, rememberedManager, rememberManager } from '../requirements/manager-choice';
import { ComplaintsTable } from './ComplaintsTable';

/** 我的投诉: one handler's open complaints, overdue first (earliest next deadline first), each linked. */
export function MyComplaintsPage() {
  const t = useT();
  const { db } = useSession();
  const data = useLiveQuery(async () => ({ managers: await listManagers(db), profile: await getProfile(db) }), [db]);
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const handlerId = data ? (picked !== undefined ? picked : defaultManager(data.managers, rememberedManager(), data.profile?.operatorName)) : null;
  const open = useLiveQuery(async () => {
    if (!handlerId) return null;
    const rows = await openComplaintsOfHandler(db, handlerId);
    return { rows, names: await customerNamesOf(db, rows) };
  }, [db, handlerId]);
  if (!data) return null;
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('complaints.mine.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('complaints.mine.handler')}
          placeholder={t('complaints.mine.pick')}
          data={data.managers.map((m) => ({ value: m.id, label: m.active ? m.name : t('detail.managers.nameInactive', { name: m.name }) }))}
          value={handlerId}
          onChange={(value) => {
            setPicked(value);
            // The same "I am" choice as 客户需求: one person, one choice on this computer.
            rememberManager(value);
          }}
          searchable
          clearable
          w={260}
        />
      </Group>
      {data.managers.length === 0 && <Text c="dimmed">{t('complaints.mine.noManagers')}</Text>}
      {handlerId && open ? (
        <ComplaintsTable rows={open.rows} customerNames={open.names} empty={t('complaints.mine.none')} testId="my-complaints" />
      ) : (
        data.managers.length > 0 && !handlerId && <Text c="dimmed">{t('complaints.mine.pickHint')}</Text>
      )}
    </Stack>
  );
}
