import { Button } from '@mantine/core';
import { isLocked, type UserRecord } from '../../core/accounts';
import { setUserDisabled, unlockUser } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useAction } from '../../ui/hooks/use-action';
import { refusalsAsValidation } from './account-refusals';

/** A row's button: its word on screen, and the account's name for screen readers and tests (停用 李娜). */
function RowButton({ label, name, color, onClick }: { label: string; name: string; color?: string; onClick: () => void }) {
  return (
    <Button size="compact-sm" variant="light" color={color} aria-label={name} onClick={onClick}>
      {label}
    </Button>
  );
}

interface UserActionsProps {
  user: UserRecord;
  now: Date;
  onReset: () => void;
  onDisable: () => void;
}

/**
 * The system administrator's buttons on one account: 解除锁定 while locked, 重置密码, and 停用 or 启用
 * (neither on one's own account, which the repository refuses). 停用 and 启用 are one button in one
 * place, so after either the keyboard focus is still on it.
 */
export function UserActions({ user, now, onReset, onDisable }: UserActionsProps) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const run = useAction();
  const name = user.displayName;
  const self = user.id === actor.userId;
  const enable = () => run(() => refusalsAsValidation(() => setUserDisabled(db, actor, user.id, false, new Date())), 'users.enabledDone', { name });
  const unlock = () => run(() => refusalsAsValidation(() => unlockUser(db, actor, user.id, new Date())), 'users.unlockedDone', { name });
  return (
    <>
      {!user.disabled && isLocked(user, now) && <RowButton label={t('users.unlock')} name={t('users.unlockOf', { name })} onClick={() => void unlock()} />}
      {!user.disabled && !self && <RowButton label={t('users.reset')} name={t('users.resetOf', { name })} onClick={onReset} />}
      {!self &&
        (user.disabled ? (
          <RowButton label={t('users.enable')} name={t('users.enableOf', { name })} onClick={() => void enable()} />
        ) : (
          <RowButton label={t('users.disable')} name={t('users.disableOf', { name })} color="red" onClick={onDisable} />
        ))}
    </>
  );
}
