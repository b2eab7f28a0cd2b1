import { Alert, Button, Group, Paper, Progress, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { SETUP_ACTOR_NAME } from '../../core/accounts';
import type { Actor } from '../../core/accounts/types';
import { ValidationError } from '../../core/validation';
import { checkSetUpAccounts, setUpFirstRun } from '../../data/accounts';
import { isDemoActive, loadDemo, type DemoProgress } from '../../data/demo';
import { parseProfile } from '../../data/profile-repo';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { DEMO_COLOR } from '../../ui/DemoBadge';
import { StartCard } from '../../ui/StartCard';
import { AccountsSetupForm } from '../accounts';
import { KeyPassphraseFields, keyPassphraseProblem, useKeyRingStatus, type NewPassphrase } from '../key-lock';
import { ProfileForm } from '../profile';

/**
 * First run, in two steps: the department profile (and, where the host has no OS key store, the key
 * passphrase that seals the installation's keys), then the accounts (三员 and the first business user).
 * Everything is checked before anything is written; then the keys are sealed, and the profile and the
 * accounts written in one transaction (setUpFirstRun): never a profile nobody can sign in to.
 */
export function SetupPage() {
  const t = useT();
  const session = useSession();
  const needsPassphrase = useKeyRingStatus() === 'needs-passphrase';
  const [step, setStep] = useState(0);
  const [profileInput, setProfileInput] = useState<unknown>(null);
  const [passphrase, setPassphrase] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [problem, setProblem] = useState<MessageKey | null>(null);
  // Nobody is signed in yet: the profile's first version is the setup's, as the accounts' audit entries are.
  const setupActor: Actor = { userId: session.installation.installationId, name: SETUP_ACTOR_NAME, roles: [], scope: null, managerId: null };
  // The demo database without a profile: a load that never finished. Never set up as a real archive.
  if (isDemoActive())
    return (
      <StartCard title={t('setup.title')}>
        <Alert color={DEMO_COLOR} variant="light" role="alert">
          {t('demo.incomplete')}
        </Alert>
      </StartCard>
    );
  return (
    <StartCard title={t('setup.title')} width={step === 0 ? 620 : 860}>
      <Stepper active={step} size="sm">
        <Stepper.Step label={t('accountSetup.stepDepartment')}>
          <Stack gap="md" mt="md">
            <Text>{t('setup.intro')}</Text>
            <DemoOffer />
            {needsPassphrase && (
              <Stack gap="xs" data-testid="setup-key-passphrase">
                <Text size="sm">{t('keyLock.setupNote')}</Text>
                <KeyPassphraseFields value={passphrase} onChange={setPassphrase} problem={problem} />
              </Stack>
            )}
            <ProfileForm
              initial={profileInput ? parseProfile(profileInput) : undefined}
              submitLabel="accountSetup.next"
              onSubmit={async (input) => {
                // The profile and the key passphrase are checked here; nothing is written before the accounts are checked too.
                const bad = needsPassphrase ? keyPassphraseProblem(passphrase.passphrase, passphrase.confirmation) : null;
                setProblem(bad);
                parseProfile(input);
                if (bad) throw new ValidationError({});
                setProfileInput(input);
                setStep(1);
              }}
            />
            <Text size="sm" c="dimmed">
              {t('setup.keysNote')}
            </Text>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('accountSetup.stepAccounts')}>
          <Stack gap="md" mt="md">
            <Text>{t('accountSetup.intro')}</Text>
            <AccountsSetupForm
              extraActions={
                <Button variant="default" onClick={() => setStep(0)}>
                  {t('accountSetup.back')}
                </Button>
              }
              onSubmit={async (accounts) => {
                checkSetUpAccounts(accounts);
                if (needsPassphrase) await session.keyRing.setPassphrase(passphrase.passphrase);
                await setUpFirstRun(session.db, profileInput, accounts, writeContextOf(session, setupActor));
              }}
            />
          </Stack>
        </Stepper.Step>
      </Stepper>
    </StartCard>
  );
}

/**
 * 载入演示数据 (issue 17.2): the demo institute in a database of its own (data/demo); the app then reopens
 * on it. This installation's own database is not written to.
 */
function DemoOffer() {
  const t = useT();
  const { host } = useSession();
  const [progress, setProgress] = useState<DemoProgress | null>(null);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    setFailed(false);
    setProgress({ done: 0, total: 1 });
    try {
      await loadDemo(host, setProgress);
      window.location.reload();
    } catch {
      setProgress(null);
      setFailed(true);
    }
  };
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="demo-offer">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Text size="sm">{t('demo.offer')}</Text>
          <Button variant="default" onClick={() => void load()} loading={progress !== null} style={{ flexShrink: 0 }}>
            {t('demo.load')}
          </Button>
        </Group>
        {progress && (
          <Stack gap={4}>
            <Text size="sm" role="status">
              {t('demo.loading', { percent: Math.floor((100 * progress.done) / progress.total) })}
            </Text>
            <Progress value={Math.max(3, (100 * progress.done) / progress.total)} color={DEMO_COLOR} striped animated />
          </Stack>
        )}
        {failed && (
          <Alert color="red" variant="light" role="alert">
            {t('demo.loadFailed')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
