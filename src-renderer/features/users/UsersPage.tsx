import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { UserRecord } from '../../core/accounts';
import { listUsers, setUserDisabled } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { useAction } from '../../ui/hooks/use-action';
import { useReturnFocus } from '../../ui/use-return-focus';
import { refusalsAsValidation } from './account-refusals';
import { AccountsTable } from './AccountsTable';
import { NewUserModal } from './NewUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserActions } from './UserActions';

type Dialog = { kind: 'new' } | { kind: 'reset' | 'disable'; user: UserRecord };

/** 用户管理, the system administrator's page: accounts, never roles (those are the security administrator's). */
export function UsersPage() {
  const t = useT();
  const { db } = useSession();
  const users = useLiveQuery(() => listUsers(db), [db]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
          {t('users.create')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('users.intro')}
      </Text>
      {users && (
        <AccountsTable
          users={users}
          actions={(user, now) => (
            <UserActions user={user} now={now} onReset={() => setDialog({ kind: 'reset', user })} onDisable={() => setDialog({ kind: 'disable', user })} />
          )}
        />
      )}
      {dialog?.kind === 'new' && <NewUserModal onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'disable' && <DisableConfirm user={dialog.user} onClose={close} />}
    </Stack>
  );
}

/** 停用账户? — the account stops signing in at once, so it is asked first; focus goes back to the row's button. */
function DisableConfirm({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const run = useAction();
  useReturnFocus();
  const name = user.displayName;
  return (
    <ConfirmModal
      title={t('users.disableTitle')}
      confirmLabel={t('users.disable')}
      onClose={onClose}
      onConfirm={() => run(() => refusalsAsValidation(() => setUserDisabled(db, actor, user.id, true, new Date())), 'users.disabledDone', { name })}
    >
      {t('users.disableBody', { name })}
    </ConfirmModal>
  );
}
