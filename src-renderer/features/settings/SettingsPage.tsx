import { Card, Flex, Stack, Title, useMatches } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Profile } from '../../core/profile';
import { saveProfile } from '../../data/profile-repo';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { can } from '../../core/accounts';
import { BackupSection, ScheduledBackupSection } from '../backup';
import { ComplaintSettingsSection } from '../complaints';
import { GradingRulesSection } from '../grading-rules';
import { ManagersSection } from '../managers';
import { ProfileForm } from '../profile';
import { OutputRegisterSection } from '../reports';
import { AppearanceSettings } from './AppearanceSettings';
import { InstallationInfo } from './InstallationInfo';
import { AttachmentDiskUse } from './AttachmentDiskUse';
import { ProfileHistory } from './ProfileHistory';
import { StorageStatus } from './StorageStatus';
import { notify } from '../../ui/notify';
import { parseSettingsPath, settingsPath, type SettingsSectionId } from './sections';
import { SettingsNav, sectionScrollMargin, type SettingsNavPlacement } from './SettingsNav';
import { headingElementId, sectionElementId, useSectionSpy } from './use-section-spy';

interface SectionSpec {
  id: SettingsSectionId;
  title: string;
  content: ReactNode;
}

function Section({ spec, placement }: { spec: SectionSpec; placement: SettingsNavPlacement }) {
  return (
    <Card
      withBorder
      component="section"
      aria-label={spec.title}
      id={sectionElementId(spec.id)}
      data-section={spec.id}
      style={{ scrollMarginTop: sectionScrollMargin(placement), overflow: 'visible' }}
    >
      {/* Focusable from script only: a jump from the page's navigation moves the focus here (keyboard users). */}
      <Title order={3} size="h4" mb="md" id={headingElementId(spec.id)} tabIndex={-1}>
        {spec.title}
      </Title>
      {spec.content}
    </Card>
  );
}

/** The settings route: `/settings` and `/settings/<section>` (sections.ts); null for any other path. */
export function settingsPage(path: string, profile: Profile): ReactNode | null {
  const parsed = parseSettingsPath(path);
  return parsed ? <SettingsPage profile={profile} section={parsed.section} /> : null;
}

/**
 * 系统设置: the sections this user's roles open, with the page's own navigation (SettingsNav). The
 * address names the section last jumped to (`#/settings/backup`), so a link or a reload opens it.
 */
export function SettingsPage({ profile, section }: { profile: Profile; section?: SettingsSectionId }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const [, navigate] = useLocation();
  const placement = useMatches<SettingsNavPlacement>({ base: 'top', lg: 'side' }, { getInitialValueInEffect: false });
  const sections: SectionSpec[] = [];
  const add = (visible: boolean, id: SettingsSectionId, title: string, content: ReactNode) => {
    if (visible) sections.push({ id, title, content });
  };
  add(
    can(actor, 'profile.edit'),
    'profile',
    t('settings.profile'),
    <ProfileForm
      key={profile.rev}
      initial={profile}
      submitLabel="profile.save"
      onSubmit={async (input) => {
        const saved = await saveProfile(session.db, input, writeContextOf(session, actor));
        const changed = saved.rev !== profile.rev;
        notify(changed ? 'green' : 'gray', t(changed ? 'profile.saved' : 'profile.unchanged'));
      }}
    />,
  );
  add(can(actor, 'managers.manage'), 'managers', t('managers.title'), <ManagersSection />);
  add(can(actor, 'archive.read'), 'grading-rules', t('gradingRules.section'), <GradingRulesSection />);
  add(can(actor, 'complaint.settings'), 'complaints', t('complaints.settings.title'), <ComplaintSettingsSection />);
  add(true, 'appearance', t('settings.appearance'), <AppearanceSettings />);
  add(
    true,
    'installation',
    t('settings.installation'),
    <Stack>
      <StorageStatus />
      {can(actor, 'archive.read') && <AttachmentDiskUse />}
      <InstallationInfo />
    </Stack>,
  );
  add(can(actor, 'backup.create'), 'backup', t('backup.section'), <BackupSection profile={profile} />);
  add(can(actor, 'backup.create'), 'backup-schedule', t('backupSchedule.section'), <ScheduledBackupSection profile={profile} />);
  // The output register (issue 15.6): read by the security auditor and the security administrator (who sets the output policy).
  add(can(actor, 'audit.read') || can(actor, 'policy.manage'), 'output-register', t('output.register.title'), <OutputRegisterSection />);
  add(can(actor, 'profile.edit'), 'history', t('settings.history'), <ProfileHistory profileId={profile.id} />);

  const ids = sections.map((s) => s.id);
  // A section this user does not see (a link meant for another role) opens the page at its top.
  const target = section && ids.includes(section) ? section : undefined;
  const content = useRef<HTMLDivElement>(null);
  const { active, jump } = useSectionSpy(ids, target, content);
  // Opened at a section's address (a link, a reload): there, once drawn.
  useEffect(() => {
    if (target) jump(target);
  }, [target, jump]);
  const onJump = (id: SettingsSectionId) => {
    if (id === target) jump(id);
    else navigate(settingsPath(id), { replace: true });
  };

  const nav = <SettingsNav entries={sections.map(({ id, title }) => ({ id, title }))} active={active} placement={placement} onJump={onJump} />;
  return (
    <Stack gap="lg" maw={placement === 'side' ? 1100 + 176 + 24 : 1100}>
      <Title order={2}>{t('settings.title')}</Title>
      {placement === 'top' && nav}
      {/* The navigation comes first for the keyboard, and shows at the right (row-reverse). */}
      <Flex gap="lg" align="flex-start" direction="row-reverse">
        {placement === 'side' && nav}
        <Stack gap="lg" ref={content} style={{ flex: 1, minWidth: 0 }}>
          {sections.map((spec) => (
            <Section key={spec.id} spec={spec} placement={placement} />
          ))}
        </Stack>
      </Flex>
    </Stack>
  );
}
