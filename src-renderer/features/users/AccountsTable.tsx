import { Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { isAwaitingRoles, isLocked, type UserRecord } from '../../core/accounts';
import { dataScopeLabel, roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { inBrackets, joinList } from '../../ui/format';
import { TableHead } from '../../ui/TableHead';
import { ToneBadge } from '../../ui/ToneBadge';
import { officeDateTime, useTicking } from './account-time';

interface AccountsTableProps {
  users: readonly UserRecord[];
  /** The row's buttons; `now` is the time the status column was worked out with. */
  actions: (user: UserRecord, now: Date) => ReactNode;
  /** Names of the linked account managers, shown with the data scope (the security administrator's view). */
  managerNames?: ReadonlyMap<string, string>;
}

/**
 * Every account, as both administrators see it: name, sign-in name, roles (or 待分配角色), data
 * scope, status (正常, 已停用, 已锁定至 HH:mm), last sign-in in China time; the buttons are the screen's.
 */
export function AccountsTable({ users, actions, managerNames }: AccountsTableProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const now = useTicking();
  const scopeOf = (user: UserRecord) => {
    if (!user.scope) return '—';
    const manager = user.managerId ? managerNames?.get(user.managerId) : undefined;
    return manager ? `${t(dataScopeLabel(user.scope))}${inBrackets(manager, locale)}` : t(dataScopeLabel(user.scope));
  };
  return (
    <Table striped withTableBorder verticalSpacing="xs" data-testid="accounts-table">
      <TableHead
        cells={[
          t('users.displayName'),
          t('users.username'),
          t('users.roles'),
          t('users.scope'),
          t('users.state'),
          t('users.lastSignIn'),
          { label: t('common.actions'), w: 250 },
        ]}
      />
      <Table.Tbody>
        {users.map((user) => (
          <Table.Tr key={user.id}>
            <Table.Td>{user.displayName}</Table.Td>
            <Table.Td>{user.username}</Table.Td>
            <Table.Td>
              {isAwaitingRoles(user) ? (
                <ToneBadge color="yellow">{t('users.awaitingRoles')}</ToneBadge>
              ) : (
                joinList(
                  user.roles.map((role) => t(roleLabel(role))),
                  locale,
                )
              )}
            </Table.Td>
            <Table.Td>{scopeOf(user)}</Table.Td>
            <Table.Td>
              <AccountState user={user} now={now} />
            </Table.Td>
            <Table.Td>{user.lastSignInAt ? officeDateTime(user.lastSignInAt, locale) : t('users.never')}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                {actions(user, now)}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 正常 / 已停用 / 已锁定至 HH:mm, and 须修改密码 under it while a temporary password is in force. */
function AccountState({ user, now }: { user: UserRecord; now: Date }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const state = user.disabled ? (
    <ToneBadge color="gray">{t('users.disabled')}</ToneBadge>
  ) : user.lockedUntil && isLocked(user, now) ? (
    <ToneBadge color="red">{t('users.lockedUntil', { time: officeDateTime(user.lockedUntil, locale, now) })}</ToneBadge>
  ) : (
    <ToneBadge color="green">{t('users.active')}</ToneBadge>
  );
  return (
    <Stack gap={2} align="flex-start">
      {state}
      {user.mustChangePassword && !user.disabled && (
        <Text size="xs" c="dimmed">
          {t('users.mustChange')}
        </Text>
      )}
    </Stack>
  );
}
