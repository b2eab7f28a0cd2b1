import { Card, Stack, Title } from '@mantine/core';
import type { Profile } from '../../core/profile';
import { saveProfile } from '../../data/profile-repo';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { BackupSection, ScheduledBackupSection } from '../backup';
import { ComplaintSettingsSection } from '../complaints';
import { GradingRulesSection } from '../grading-rules';
import { ManagersSection } from '../managers';
import { ProfileForm } from '../profile';
import { PrintLogSection } from '../reports';
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
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('settings.title')}</Title>
      <Section title={t('settings.profile')}>
        <ProfileForm
          key={profile.rev}
          initial={profile}
          submitLabel="profile.save"
          onSubmit={async (input) => {
            const saved = await saveProfile(session.db, input, writeContextOf(session, profile.operatorName));
            const changed = saved.rev !== profile.rev;
            notify(changed ? 'green' : 'gray', t(changed ? 'profile.saved' : 'profile.unchanged'));
          }}
        />
      </Section>
      <Section title={t('managers.title')}>
        <ManagersSection />
      </Section>
      <Section title={t('gradingRules.section')}>
        <GradingRulesSection />
      </Section>
      <Section title={t('complaints.settings.title')}>
        <ComplaintSettingsSection />
      </Section>
      <Section title={t('settings.appearance')}>
        <AppearanceSettings />
      </Section>
      <Section title={t('settings.installation')}>
        <Stack>
          <StorageStatus />
          <InstallationInfo />
        </Stack>
      </Section>
      <Section title={t('backup.section')}>
        <BackupSection profile={profile} />
      </Section>
      <Section title={t('backupSchedule.section')}>
        <ScheduledBackupSection profile={profile} />
      </Section>
      <Section title={t('reports.log.title')}>
        <PrintLogSection />
      </Section>
      <Section title={t('settings.history')}>
        <ProfileHistory profileId={profile.id} />
      </Section>
    </Stack>
  );
}
