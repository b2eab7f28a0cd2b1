import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, use, useEffect, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { getProfile } from '../data/profile-repo';
import type { HostBridge } from '../host';
import { useOpenedFile } from '../state/opened-file';
import { SessionProvider, useSession } from '../state/session';
import { DbErrorScreen } from '../ui/DbErrorScreen';
import { LoadingScreen } from '../ui/LoadingScreen';
import { KeyLockProvider, SetKeyPassphrasePage, useKeyRingStatus } from '../features/key-lock';
import { AuthGate } from '../features/accounts';
import type { Profile } from '../core/profile';
import { boot, removeOrphanRestoresLater, type BootResult } from './boot';
import { markAppState } from './app-state';
import { useOpenedFiles } from './opened-files';
import type * as SignedInModuleType from './SignedInApp';

type SignedInModule = typeof SignedInModuleType;

/**
 * What is not on screen at 登录 is loaded apart (issue 20: the cold start parses only the sign-in's code):
 * the signed-in shell with every section (SignedInApp.tsx, fetched while 登录 is shown, see prefetchSignedInApp),
 * the first-run set-up, and the restore offered on a database error.
 */
let signedInModule: SignedInModule | null = null;
let signedInLoading: Promise<SignedInModule> | null = null;
function loadSignedInApp(): Promise<SignedInModule> {
  signedInLoading ??= import('./SignedInApp').then(
    (m) => (signedInModule = m),
    (error: unknown) => {
      signedInLoading = null; // tried again at the next render (a failed fetch is not kept)
      throw error;
    },
  );
  return signedInLoading;
}
/** Once 登录 is on screen and the browser is idle: the shell is parsed while the user types (not before the mark). */
function prefetchSignedInApp(): void {
  whenIdle(() => {
    void loadSignedInApp().catch(() => undefined);
    removeOrphanRestoresLater();
  });
}
function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void, options: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(work, { timeout: 500 });
  else setTimeout(work, 0);
}
const SetupPage = lazy(() => import('../features/setup').then((m) => ({ default: m.SetupPage })));
const RestoreFromErrorButton = lazy(() => import('../features/backup').then((m) => ({ default: m.RestoreFromErrorButton })));

/** Boot, then either the database error, first-run setup, or the app. */
export function App({ host }: { host: HostBridge }) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<BootResult | null>(null);
  useEffect(() => {
    let cancelled = false;
    setResult(null);
    boot(host).then((r) => !cancelled && setResult(r));
    return () => {
      cancelled = true;
    };
  }, [host, attempt]);

  if (!result) return <LoadingScreen />;
  if (result.status === 'error') {
    markAppState('error');
    return (
      <DbErrorScreen
        failure={result.failure}
        onRetry={() => setAttempt((n) => n + 1)}
        restoreAction={
          <Suspense fallback={null}>
            <RestoreFromErrorButton host={host} />
          </Suspense>
        }
      />
    );
  }
  return (
    <SessionProvider session={result.session}>
      <KeyLockProvider>
        <Router hook={useHashLocation}>
          <ProfileGate />
        </Router>
      </KeyLockProvider>
    </SessionProvider>
  );
}

function ProfileGate() {
  const { db, host } = useSession();
  // useLiveQuery gives undefined while loading; null means "no profile yet".
  const profile = useLiveQuery(async () => (await getProfile(db)) ?? null, [db]);
  const [, navigate] = useLocation();
  const offerFile = useOpenedFile((s) => s.offer);
  const keyStatus = useKeyRingStatus();
  // A double-clicked exchange archive opens the import preview (it waits in the store until set-up is done).
  useOpenedFiles(host, (incoming) => {
    offerFile(incoming);
    navigate('/exchange');
  });
  useEffect(() => {
    if (profile === null || (profile && keyStatus === 'needs-passphrase')) {
      markAppState('setup');
      whenIdle(removeOrphanRestoresLater);
    }
  }, [profile, keyStatus]);

  if (profile === undefined) return <LoadingScreen />;
  if (profile === null)
    return (
      <Suspense fallback={<LoadingScreen />}>
        <SetupPage />
      </Suspense>
    );
  // Keys in clear (an older version's, or a restored backup's) without an OS key store: sealed before anything else.
  if (keyStatus === 'needs-passphrase') return <SetKeyPassphrasePage />;
  return (
    <AuthGate profile={profile} onStage={markSignInStage}>
      <Suspense fallback={<LoadingScreen />}>
        <SignedInAppLoader profile={profile} />
      </Suspense>
    </AuthGate>
  );
}

/**
 * Tests and the bench wait for `ready`: the shell of a signed-in user, marked by the shell itself once it is
 * mounted (SignedInAppLoader: its code may still be loading when the sign-in is done); `sign-in` when 登录 is shown.
 */
const markSignInStage = (stage: 'sign-in' | 'signed-in') => {
  if (stage !== 'sign-in') return;
  markAppState('sign-in');
  prefetchSignedInApp();
};

/** The signed-in shell from its own chunk (suspends while it loads), `ready` marked when it is on screen. */
function SignedInAppLoader({ profile }: { profile: Profile }) {
  const { SignedInApp } = signedInModule ?? use(loadSignedInApp());
  useEffect(() => markAppState('ready'), []);
  return <SignedInApp profile={profile} />;
}
