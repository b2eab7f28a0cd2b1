import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { Profile } from '../core/profile';
import { can } from '../core/accounts';
import { useActor } from '../state/signed-in';
import { NotFound } from '../ui/NotFound';
import { Shell } from '../ui/Shell';
import { ScheduledBackupRunner } from '../features/backup';
import { CommandPalette } from '../features/customers';
import { UserMenu } from '../features/accounts';
import { AuditCheckpointRunner } from '../features/audit';
import { SECTIONS, sectionFor } from './routes';

/**
 * The shell for the signed-in user: only the sections their roles open (the repositories refuse the rest too).
 * Its own chunk (App.tsx loads it lazily): nothing of the sections is parsed before 登录 is on screen.
 */
export function SignedInApp({ profile }: { profile: Profile }) {
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
