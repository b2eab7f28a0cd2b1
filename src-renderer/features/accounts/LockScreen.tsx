import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../core/format';
import type { Actor } from '../../core/accounts/types';
import { verifyForUnlock } from '../../data/accounts';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { keepEnterInField } from '../../ui/form-keys';
import { Logo } from '../../ui/Logo';
import { useCoverPage } from './use-cover-page';

/** Above every other dialog (the key unlock, 创建备份…): the locked screen hides them all. */
const LOCK_Z_INDEX = 10_000;

/**
 * The covered screen of an idle or locked session. The page underneath stays mounted, so a half-typed
 * form is there after unlocking; only the same user's password opens it (failures count towards the
 * lockout like sign-ins). Locked out meanwhile: signed out. Nothing underneath can be reached (useCoverPage).
 */
export function LockScreen({ actor, onUnlocked, onSignOut }: { actor: Actor; onUnlocked: () => void; onSignOut: () => void }) {
  const t = useT();
  const { db } = useSession();
  const locale = usePreferences((s) => s.locale);
  const [password, setPassword] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const portal = useCoverPage();

  const unlock = async (event: React.FormEvent) => {
    event.preventDefault();
    // A new attempt: the last one's message goes, so that the next one is its own.
    setProblem(null);
    setChecking(true);
    try {
      const result = await verifyForUnlock(db, actor.userId, password, new Date());
      setPassword('');
      if (result.ok) return onUnlocked();
      if (result.code === 'auth.locked') setProblem(t('signIn.lockedUntil', { until: formatDateTime(result.lockedUntil, locale) }));
      // Only a password is typed here: no 登录名 in the message.
      else setProblem(t(result.code === 'auth.wrongCredentials' ? 'idleLock.wrongPassword' : result.code));
    } finally {
      setChecking(false);
    }
  };

  if (!portal) return null;
  return (
    <Modal
      opened
      portalProps={{ target: portal }}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      zIndex={LOCK_Z_INDEX}
      overlayProps={{ backgroundOpacity: 1, color: 'var(--mantine-color-body)' }}
      size={460}
      radius="md"
      shadow="xl"
      // The card stands out from the opaque overlay of the same colour by its border, like the sign-in page's.
      styles={{ content: { border: '1px solid var(--mantine-color-default-border)' } }}
      title={
        <Group gap="sm" wrap="nowrap">
          <Logo />
          <Text component="span" fw={700} size="lg">
            {t('idleLock.title')}
          </Text>
        </Group>
      }
    >
      <form onSubmit={(event) => void unlock(event)} onKeyDown={keepEnterInField} noValidate>
        <Stack gap="md">
          <Text size="sm" style={{ textWrap: 'pretty' }}>
            {t('idleLock.intro', { name: actor.name })}
          </Text>
          <PasswordInput
            label={t('signIn.password')}
            autoComplete="current-password"
            data-autofocus
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="subtle" onClick={onSignOut}>
              {t('idleLock.signOut')}
            </Button>
            <Button type="submit" loading={checking}>
              {t('idleLock.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
