import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { getProfile } from '../data/profile-repo';
import type { HostBridge } from '../host';
import { useOpenedFile } from '../state/opened-file';
import { SessionProvider, useSession } from '../state/session';
import { DbErrorScreen } from '../ui/DbErrorScreen';
import { LoadingScreen } from '../ui/LoadingScreen';
import { Shell } from '../ui/Shell';
import { RestoreFromErrorButton, ScheduledBackupRunner } from '../features/backup';
import { CommandPalette } from '../features/customers';
import { KeyLockProvider, SetKeyPassphrasePage, useKeyRingStatus } from '../features/key-lock';
import { AuthGate, UserMenu } from '../features/accounts';
import { AuditCheckpointRunner } from '../features/audit';
import type { Profile } from '../core/profile';
import { can } from '../core/accounts';
import { useActor } from '../state/signed-in';
import { SetupPage } from '../features/setup';
import { NotFound } from '../ui/NotFound';
import { boot, type BootResult } from './boot';
import { markAppState } from './app-state';
import { useOpenedFiles } from './opened-files';
import { SECTIONS, sectionFor } from './routes';

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
    return <DbErrorScreen failure={result.failure} onRetry={() => setAttempt((n) => n + 1)} restoreAction={<RestoreFromErrorButton host={host} />} />;
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
    if (profile === null || (profile && keyStatus === 'needs-passphrase')) markAppState('setup');
  }, [profile, keyStatus]);

  if (profile === undefined) return <LoadingScreen />;
  if (profile === null) return <SetupPage />;
  // Keys in clear (an older version's, or a restored backup's) without an OS key store: sealed before anything else.
  if (keyStatus === 'needs-passphrase') return <SetKeyPassphrasePage />;
  return (
    <AuthGate profile={profile} onStage={markSignInStage}>
      <SignedInApp profile={profile} />
    </AuthGate>
  );
}

/** Tests and the bench wait for `ready`: the shell of a signed-in user. */
const markSignInStage = (stage: 'sign-in' | 'signed-in') => markAppState(stage === 'signed-in' ? 'ready' : 'sign-in');

/** The shell for the signed-in user: only the sections their roles open (the repositories refuse the rest too). */
function SignedInApp({ profile }: { profile: Profile }) {
  const actor = useActor();
  const [path, navigate] = useLocation();
  const sections = SECTIONS.filter((s) => s.permissions.some((permission) => can(actor, permission)));
  const section = sectionFor(path, sections);
  // A path of a section this user does not have (an administrator at the business home, a link from the
  // previous user): their own first section instead.
  const foreign = section !== undefined && section.path !== path && !path.startsWith(`${section.path}/`) && section.path !== '/';
  useEffect(() => {
    if (foreign) navigate(section.path, { replace: true });
  }, [foreign, section, navigate]);
  const page = (section && section.render(path, profile)) ?? <NotFound onHome={() => navigate('/')} />;
  return (
    <Shell
      nav={sections}
      activePath={section?.path ?? ''}
      onNavigate={navigate}
      organisation={profile.organisation}
      department={profile.department}
      mark={profile.defaultMark}
      userMenu={<UserMenu />}
    >
      {/* Ctrl+K searches customers: for those who may read the archive (administrators may not). */}
      {can(actor, 'archive.read') && <CommandPalette sections={sections} />}
      {can(actor, 'backup.create') && <ScheduledBackupRunner profile={profile} />}
      <AuditCheckpointRunner />
      {page}
    </Shell>
  );
}
