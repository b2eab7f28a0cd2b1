import { Card, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatWeekday } from '../../core/format';
import type { Profile } from '../../core/profile';
import { useT } from '../../i18n/react';
import { useActor } from '../../state/signed-in';
import { usePreferences } from '../../state/preferences';
import { ClassificationBadge } from '../../ui/ClassificationBadge';
import { todayIso } from '../../ui/format';
import { InstallationInfo, StorageStatus } from '../settings';
import { OverdueComplaintsCard } from '../complaints';
import { FollowUpsCard } from './FollowUpsCard';
import { GradeDistributionCard } from './GradeDistributionCard';
import { GradingStatusCard } from './GradingStatusCard';
import { useDashboard } from './use-dashboard';

/**
 * 工作台: what needs doing — follow-ups due and overdue, the grade distribution, what changed at the
 * last grading and what waits for approval — then who we are, the state of this computer's data and
 * this installation. `aria-busy` stays true until every widget has its data (tests and the bench wait for it).
 */
export function HomePage({ profile }: { profile: Profile }) {
  const t = useT();
  const actor = useActor();
  const locale = usePreferences((s) => s.locale);
  const now = new Date();
  const today = todayIso(now);
  const { followUps, grades, status } = useDashboard(today);
  const busy = !followUps || !grades || !status;
  const graded = grades ? grades.total > grades.ungraded : false;
  return (
    <Stack gap="lg" maw={1200} data-testid="dashboard" aria-busy={busy}>
      <div>
        <Title order={2}>{t('home.greeting', { name: actor.name })}</Title>
        <Text c="dimmed">{t('home.today', { date: `${formatDate(now, locale)} ${formatWeekday(now, locale)}` })}</Text>
      </div>
      {busy ? (
        <Loader aria-label={t('dashboard.loading')} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          <FollowUpsCard data={followUps} today={today} graded={graded} />
          <Stack gap="lg">
            <GradeDistributionCard counts={grades} />
            <GradingStatusCard status={status} graded={graded} />
            <OverdueComplaintsCard />
          </Stack>
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('home.profile')}
          </Title>
          <Table variant="vertical" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('profile.organisation')}</Table.Th>
                <Table.Td>{profile.organisation}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('profile.department')}</Table.Th>
                <Table.Td>{profile.department}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('profile.defaultMark')}</Table.Th>
                <Table.Td>
                  <ClassificationBadge mark={profile.defaultMark} />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="sm">
            {t('home.storage')}
          </Title>
          <StorageStatus />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('home.installation')}
        </Title>
        <InstallationInfo />
      </Card>
    </Stack>
  );
}
