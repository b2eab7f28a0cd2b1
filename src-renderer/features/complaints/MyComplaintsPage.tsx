import { Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { customerNamesOf, openComplaintsOfHandler } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { ManagerChoice } from '../requirements';
import { ComplaintsTable } from './ComplaintsTable';

/** 我的投诉: one handler's open complaints, overdue first (earliest next deadline first), each linked. */
export function MyComplaintsPage() {
  const t = useT();
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('complaints.mine.title')}</Title>
      <ManagerChoice
        labels={{
          label: 'complaints.mine.handler',
          placeholder: 'complaints.mine.pick',
          pickHint: 'complaints.mine.pickHint',
          noManagers: 'complaints.mine.noManagers',
        }}
      >
        {(handlerId) => <OpenComplaintsOf handlerId={handlerId} />}
      </ManagerChoice>
    </Stack>
  );
}

function OpenComplaintsOf({ handlerId }: { handlerId: string }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const open = useLiveQuery(async () => {
    const rows = await openComplaintsOfHandler(db, handlerId, scope);
    return { rows, names: await customerNamesOf(db, rows) };
  }, [db, handlerId, scope]);
  if (!open) return null;
  return <ComplaintsTable rows={open.rows} customerNames={open.names} empty={t('complaints.mine.none')} testId="my-complaints" />;
}
