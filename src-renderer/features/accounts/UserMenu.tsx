import { Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLock, IconLogout, IconPassword, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { notify } from '../../ui/notify';
import { useSignedIn } from '../../state/signed-in';
import { usePreferences } from '../../state/preferences';
import { formatDateTime } from '../../core/format';
import classes from './user-menu.module.css';
import { PasswordChangeForm } from './PasswordChangeForm';

/** The header's user button: who is signed in and in which roles; change password, lock, sign out. */
export function UserMenu() {
  const t = useT();
  const { actor, lock, signOut, previousSignInAt, failedSinceLastSignIn } = useSignedIn();
  const locale = usePreferences((s) => s.locale);
  const [changing, setChanging] = useState(false);
  const roles = actor.roles.map((role) => t(roleLabel(role))).join('、');
  // Shown from the moment of signing in (issue 15.1): when the account was used before, and failures since.
  const last = previousSignInAt ? t('userMenu.last', { at: formatDateTime(previousSignInAt, locale) }) : t('userMenu.first');
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton title={t('userMenu.label', { name: actor.name })} data-testid="user-menu" className={classes.button}>
            <Group gap={6} wrap="nowrap">
              <IconUserCircle size={22} stroke={1.5} />
              <Stack gap={0}>
                <Text size="sm" fw={600} lh={1.2}>
                  {actor.name}
                </Text>
                <Text size="xs" c={failedSinceLastSignIn > 0 ? 'orange.8' : 'dimmed'} lh={1.2} data-testid="last-sign-in">
                  {failedSinceLastSignIn > 0 ? t('userMenu.lastWithFailures', { count: failedSinceLastSignIn }) : last}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{roles}</Menu.Label>
          <Menu.Label>{t('signIn.last', { at: previousSignInAt ? formatDateTime(previousSignInAt, locale) : '—', count: failedSinceLastSignIn })}</Menu.Label>
          <Menu.Item leftSection={<IconPassword size={16} />} onClick={() => setChanging(true)}>
            {t('userMenu.changePassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void lock()}>
            {t('userMenu.lock')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title={t('passwordChange.title')}>
        <PasswordChangeForm
          actor={actor}
          onChanged={() => {
            setChanging(false);
            notify('green', t('passwordChange.done'));
          }}
        />
      </Modal>
    </>
  );
}
