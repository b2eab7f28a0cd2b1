import { Alert, Anchor, Button, Checkbox, getDefaultZIndex, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Installation } from '../../data/installation';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { notify } from '../../ui/notify';
import { KeyPassphraseFields, type NewPassphrase } from './KeyPassphraseFields';
import { keyLockErrorMessage, keyPassphraseProblem } from './key-passphrase';
import { keepEnterInField } from '../../ui/form-keys';

/**
 * 解锁本机密钥: the key passphrase, once per session. A forgotten passphrase (or keys another PC sealed)
 * leads to the reset, which says plainly what it means before it makes new keys.
 */
export function UnlockKeysModal({ opened, onDone }: { opened: boolean; onDone: (installation: Installation | null) => void }) {
  const t = useT();
  const { keyRing } = useSession();
  const unreadable = keyRing.status === 'unreadable';
  const [view, setView] = useState<'unlock' | 'reset'>('unlock');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const close = (installation: Installation | null) => {
    setPassphrase('');
    setError(null);
    setView('unlock');
    onDone(installation);
  };
  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      close(await keyRing.unlock(passphrase));
    } catch (e) {
      setError(keyLockErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const showReset = unreadable || view === 'reset';
  return (
    // Asked by whatever needs a key, often from inside another dialog (创建备份): it must lie above that one.
    <Modal
      opened={opened}
      onClose={() => close(null)}
      title={t(showReset ? 'keyLock.resetTitle' : 'keyLock.unlockTitle')}
      size="lg"
      centered
      zIndex={getDefaultZIndex('modal') + 10}
    >
      {showReset ? (
        <ResetKeys onDone={close} onBack={unreadable ? null : () => setView('unlock')} />
      ) : (
        <form
          onKeyDown={keepEnterInField}
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <Stack>
            <Text size="sm">{t('keyLock.unlockIntro')}</Text>
            <PasswordInput
              label={t('keyLock.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              error={error ? t(error) : undefined}
              autoComplete="current-password"
              data-autofocus
            />
            <Group justify="space-between">
              <Anchor component="button" type="button" size="sm" onClick={() => setView('reset')}>
                {t('keyLock.forgot')}
              </Anchor>
              <Group>
                <Button variant="default" onClick={() => close(null)}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={busy} disabled={passphrase.length === 0}>
                  {t('keyLock.unlockSubmit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function ResetKeys({ onDone, onBack }: { onDone: (installation: Installation | null) => void; onBack: (() => void) | null }) {
  const t = useT();
  const { keyRing } = useSession();
  const needsPassphrase = keyRing.mode === 'passphrase';
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const reset = async () => {
    const bad = needsPassphrase ? keyPassphraseProblem(value.passphrase, value.confirmation) : null;
    setProblem(bad);
    if (bad) return;
    setBusy(true);
    try {
      const installation = await keyRing.reset(needsPassphrase ? value.passphrase : null);
      notify('green', t('keyLock.resetDone'));
      onDone(installation);
    } catch (e) {
      setProblem(keyLockErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      {keyRing.status === 'unreadable' && <Text size="sm">{t('keyLock.unreadableIntro')}</Text>}
      <Alert color="orange" variant="light">
        {t('keyLock.resetExplain')}
      </Alert>
      {needsPassphrase && <KeyPassphraseFields value={value} onChange={setValue} problem={problem} disabled={busy} />}
      {problem && !problem.startsWith('keyLock.passphrase') && (
        <Text size="sm" c="red">
          {t(problem)}
        </Text>
      )}
      <Checkbox label={t('keyLock.resetConfirm')} checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
      <Group justify="space-between">
        {onBack ? (
          <Anchor component="button" type="button" size="sm" onClick={onBack}>
            {t('keyLock.backToUnlock')}
          </Anchor>
        ) : (
          <span />
        )}
        <Group>
          <Button variant="default" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={reset} loading={busy} disabled={!understood}>
            {t('keyLock.resetSubmit')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
