import { Button } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { adminRoleOf, type UserRecord } from '../../core/accounts';
import { listUsers } from '../../data/accounts';
import { listManagers } from '../../data/customers';
import type { AirgapDb } from '../../data/db';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { AccountsTable } from '../users';
import { AssignRolesModal } from './AssignRolesModal';

async function loadAccounts(db: AirgapDb) {
  const [users, managers] = await Promise.all([listUsers(db), listManagers(db)]);
  return { users, managers, managerNames: new Map(managers.map((m) => [m.id, m.name])) };
}

/**
 * 角色与数据范围: every account with its roles. 分配角色 is offered on enabled accounts that are not
 * administrators: an administrator keeps its role for good and a disabled account is refused (assignRoles).
 */
export function RolesSection() {
  const t = useT();
  const { db } = useSession();
  const data = useLiveQuery(() => loadAccounts(db), [db]);
  const [assigning, setAssigning] = useState<UserRecord | null>(null);
  if (!data) return null;
  return (
    <>
      <AccountsTable
        users={data.users}
        managerNames={data.managerNames}
        actions={(user) =>
          !user.disabled &&
          !adminRoleOf(user.roles) && (
            <Button size="compact-sm" variant="light" aria-label={t('security.assignOf', { name: user.displayName })} onClick={() => setAssigning(user)}>
              {t('security.assign')}
            </Button>
          )
        }
      />
      {assigning && <AssignRolesModal user={assigning} managers={data.managers} onClose={() => setAssigning(null)} />}
    </>
  );
}
