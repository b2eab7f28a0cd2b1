import { Card, Stack, Title } from '@mantine/core';
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
import { ProfileHistory } from './ProfileHistory';
import { StorageStatus } from './StorageStatus';
import { notify } from '../../ui/notify';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

export function SettingsPage({ profile }: { profile: Profile }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('settings.title')}</Title>
      {can(actor, 'profile.edit') && (
        <Section title={t('settings.profile')}>
          <ProfileForm
            key={profile.rev}
            initial={profile}
            submitLabel="profile.save"
            onSubmit={async (input) => {
              const saved = await saveProfile(session.db, input, writeContextOf(session, actor));
              const changed = saved.rev !== profile.rev;
              notify(changed ? 'green' : 'gray', t(changed ? 'profile.saved' : 'profile.unchanged'));
            }}
          />
        </Section>
      )}
      {can(actor, 'managers.manage') && (
        <Section title={t('managers.title')}>
          <ManagersSection />
        </Section>
      )}
      {can(actor, 'archive.read') && (
        <Section title={t('gradingRules.section')}>
          <GradingRulesSection />
        </Section>
      )}
      {can(actor, 'complaint.settings') && (
        <Section title={t('complaints.settings.title')}>
          <ComplaintSettingsSection />
        </Section>
      )}
      <Section title={t('settings.appearance')}>
        <AppearanceSettings />
      </Section>
      <Section title={t('settings.installation')}>
        <Stack>
          <StorageStatus />
          <InstallationInfo />
        </Stack>
      </Section>
      {can(actor, 'backup.create') && (
        <>
          <Section title={t('backup.section')}>
            <BackupSection profile={profile} />
          </Section>
          <Section title={t('backupSchedule.section')}>
            <ScheduledBackupSection profile={profile} />
          </Section>
        </>
      )}
      {/* The output register (issue 15.6): read by the security auditor and the security administrator (who sets the output policy). */}
      {(can(actor, 'audit.read') || can(actor, 'policy.manage')) && (
        <Section title={t('output.register.title')}>
          <OutputRegisterSection />
        </Section>
      )}
      {can(actor, 'profile.edit') && (
        <Section title={t('settings.history')}>
          <ProfileHistory profileId={profile.id} />
        </Section>
      )}
    </Stack>
  );
}
