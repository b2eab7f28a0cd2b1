import { Text } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { actorOf, getSecurityPolicy, hasAccounts, recordLock, recordSignOut } from '../../data/accounts';
import type { Profile } from '../../core/profile';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { SignedInProvider, type SignedIn } from '../../state/signed-in';
import { LoadingScreen } from '../../ui/LoadingScreen';
import { StartCard } from '../../ui/StartCard';
import { LockScreen } from './LockScreen';
import { PasswordChangeForm } from './PasswordChangeForm';
import { SignInPage, type SignedInResult } from './SignInPage';
import { UpgradeAccountsPage } from './UpgradeAccountsPage';

type GateState = { kind: 'signed-out' } | { kind: 'must-change'; result: SignedInResult } | { kind: 'in'; result: SignedInResult; locked: boolean };

/**
 * Nothing of the archive is shown to nobody (issue 15): an installation without accounts sets them up
 * first (an upgrade keeps every record), then everyone signs in; a temporary or expired password is
 * changed before anything else; an idle session is covered until the same user unlocks it.
 */
export function AuthGate({ profile, onStage, children }: { profile: Profile; onStage: (stage: 'sign-in' | 'signed-in') => void; children: ReactNode }) {
  const { db } = useSession();
  const accounts = useLiveQuery(() => hasAccounts(db), [db]);
  const [state, setState] = useState<GateState>({ kind: 'signed-out' });
  const signedIn = accounts === true && state.kind === 'in';
  useEffect(() => onStage(signedIn ? 'signed-in' : 'sign-in'), [signedIn, onStage]);
  if (accounts === undefined) return <LoadingScreen />;
  if (!accounts) return <UpgradeAccountsPage profile={profile} />;
  if (state.kind === 'signed-out')
    return (
      <SignInPage
        onSignedIn={(result) =>
          setState(result.mustChangePassword || result.passwordExpired ? { kind: 'must-change', result } : { kind: 'in', result, locked: false })
        }
      />
    );
  if (state.kind === 'must-change')
    return <ForcedPasswordChange result={state.result} onChanged={() => setState({ kind: 'in', result: state.result, locked: false })} />;
  return (
    <SignedInSession
      result={state.result}
      locked={state.locked}
      onLocked={(locked) => setState({ ...state, locked })}
      onSignedOut={() => setState({ kind: 'signed-out' })}
    >
      {children}
    </SignedInSession>
  );
}

function ForcedPasswordChange({ result, onChanged }: { result: SignedInResult; onChanged: () => void }) {
  const t = useT();
  return (
    <StartCard title={t('passwordChange.title')}>
      <Text>{t(result.mustChangePassword ? 'passwordChange.forcedReset' : 'passwordChange.forcedExpired')}</Text>
      <PasswordChangeForm actor={actorOf(result.user)} onChanged={onChanged} />
    </StartCard>
  );
}

interface SessionProps {
  result: SignedInResult;
  locked: boolean;
  onLocked: (locked: boolean) => void;
  onSignedOut: () => void;
  children: ReactNode;
}

function SignedInSession({ result, locked, onLocked, onSignedOut, children }: SessionProps) {
  const session = useSession();
  const t = useT();
  const policy = useLiveQuery(() => getSecurityPolicy(session.db), [session.db]);
  const actor = useMemo(() => actorOf(result.user), [result.user]);
  const [signedInAt] = useState(() => new Date().toISOString());

  const signOut = useCallback(async () => {
    await recordSignOut(session.db, actor, new Date());
    // The next person at this PC types the key passphrase again.
    session.keyRing.forget();
    notifications.clean();
    onSignedOut();
  }, [session, actor, onSignedOut]);
  const lock = useCallback(async () => {
    if (locked) return;
    await recordLock(session.db, actor, new Date());
    onLocked(true);
  }, [session.db, actor, locked, onLocked]);

  // Failed attempts on this account since its last sign-in (someone tried it?): said at once, and kept until
  // closed. When the account was last used is in the header's user button (UserMenu), always in view.
  useEffect(() => {
    if (result.failedSinceLastSignIn === 0) return;
    notifications.show({ color: 'orange', message: t('signIn.lastFailures', { count: result.failedSinceLastSignIn }), autoClose: false });
    // Shown for this sign-in only, not again on a language switch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  const idleMs = (policy?.idleLockMinutes ?? 10) * 60_000;
  const idle = useIdle(idleMs, { initialState: false });
  useEffect(() => {
    if (idle && !locked) void lock();
  }, [idle, locked, lock]);

  const value: SignedIn = useMemo(
    () => ({ actor, signedInAt, previousSignInAt: result.previousSignInAt, failedSinceLastSignIn: result.failedSinceLastSignIn, signOut, lock }),
    [actor, signedInAt, result, signOut, lock],
  );
  return (
    <SignedInProvider value={value}>
      {children}
      {locked && <LockScreen actor={actor} onUnlocked={() => onLocked(false)} onSignOut={() => void signOut()} />}
    </SignedInProvider>
  );
}
