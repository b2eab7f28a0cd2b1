import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../core/format';
import { signIn, type SignInResult } from '../../data/accounts';
import { isDemoActive } from '../../data/active-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../data/demo/accounts';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { usePreferences } from '../../state/preferences';
import { keepEnterInField } from '../../ui/form-keys';
import { StartCard } from '../../ui/StartCard';

export type SignedInResult = Extract<SignInResult, { ok: true }>;

/**
 * 登录. The same message for an unknown name and a wrong password (the repository counts and audits
 * both); a locked account says until when. The password field is emptied after every refusal.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: (result: SignedInResult) => void }) {
  const t = useT();
  const { db, keyRing } = useSession();
  const locale = usePreferences((s) => s.locale);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setChecking(true);
    setProblem(null);
    try {
      const result = await signIn(db, username, password, new Date());
      if (result.ok) return onSignedIn(result);
      setPassword('');
      if (result.code === 'auth.locked') setProblem(t('signIn.lockedUntil', { until: formatDateTime(result.lockedUntil, locale) }));
      else setProblem(t(result.code));
    } finally {
      setChecking(false);
    }
  };

  return (
    <StartCard title={t('signIn.title')}>
      <form onSubmit={(event) => void submit(event)} onKeyDown={keepEnterInField} noValidate>
        <Stack gap="md">
          {isDemoActive() && (
            <Alert color="grape" variant="light" data-testid="demo-accounts">
              <Text size="sm">
                {t('demo.signInHint', {
                  business: DEMO_ACCOUNTS[0].username,
                  system: DEMO_ACCOUNTS[1].username,
                  security: DEMO_ACCOUNTS[2].username,
                  audit: DEMO_ACCOUNTS[3].username,
                  password: DEMO_PASSWORD,
                })}
              </Text>
              {keyRing.mode === 'passphrase' && <Text size="sm">{t('demo.keyPassphraseHint', { password: DEMO_PASSWORD })}</Text>}
            </Alert>
          )}
          <TextInput label={t('signIn.username')} autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.currentTarget.value)} />
          <PasswordInput label={t('signIn.password')} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          <Button type="submit" loading={checking}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </StartCard>
  );
}
