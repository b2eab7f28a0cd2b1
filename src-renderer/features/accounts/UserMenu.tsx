import { Button, Menu, Modal } from '@mantine/core';
import { IconLock, IconLogout, IconPassword, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { notify } from '../../ui/notify';
import { useSignedIn } from '../../state/signed-in';
import { PasswordChangeForm } from './PasswordChangeForm';

/** The header's user button: who is signed in and in which roles; change password, lock, sign out. */
export function UserMenu() {
  const t = useT();
  const { actor, lock, signOut } = useSignedIn();
  const [changing, setChanging] = useState(false);
  const roles = actor.roles.map((role) => t(roleLabel(role))).join('、');
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" leftSection={<IconUserCircle size={18} />} aria-label={t('userMenu.label', { name: actor.name })} data-testid="user-menu">
            {actor.name}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{roles}</Menu.Label>
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
