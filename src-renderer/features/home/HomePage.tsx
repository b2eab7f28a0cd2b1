import { Card, Loader, SimpleGrid, Stack, Table, Text, Title, useMatches } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate, formatWeekday } from '../../core/format';
import type { Profile } from '../../core/profile';
import { useT } from '../../i18n/react';
import { useActor } from '../../state/signed-in';
import { usePreferences } from '../../state/preferences';
import { ClassificationBadge } from '../../ui/ClassificationBadge';
import { todayIso } from '../../ui/format';
import { StorageStatus } from '../settings';
import { OverdueComplaintsCard } from '../complaints';
import { FirstRunCard } from './FirstRunCard';
import { FollowUpsCard } from './FollowUpsCard';
import { GradeDistributionCard } from './GradeDistributionCard';
import { GradingStatusCard } from './GradingStatusCard';
import { MyDayCard } from './MyDayCard';
import { useDashboard } from './use-dashboard';

/**
 * 工作台: 我的待办 first (everything due or overdue for the signed-in user, issue 17.1), then the
 * follow-up plan, the grade distribution, what changed at the last grading, overdue complaints, who
 * we are and the state of this computer's data; 从这里开始 on an archive without customers. The
 * installation's id, fingerprints and keys are in 系统设置 › 本机信息. One column on a narrow
 * window, two at 1366, three at 1920, the cards dealt so no column stands half empty.
 * `aria-busy` stays true until every widget has its data (tests and the bench wait for it).
 * `sheetImportHref`: the spreadsheet import page's address when the app has one (the first-run card offers it).
 */
export function HomePage({ profile, sheetImportHref }: { profile: Profile; sheetImportHref?: string }) {
  const t = useT();
  const actor = useActor();
  const locale = usePreferences((s) => s.locale);
  const columns = useMatches({ base: 1, lg: 2, xl: 3 });
  const now = new Date();
  const today = todayIso(now);
  const { followUps, grades, status, due, hasCustomers } = useDashboard(today);
  const busy = !followUps || !grades || !status || !due || hasCustomers === undefined;
  const graded = grades ? grades.total > grades.ungraded : false;
  const department = <DepartmentCard key="department" profile={profile} />;
  const storage = (
    <Card key="storage" withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('home.storage')}
      </Title>
      <StorageStatus />
    </Card>
  );
  const cards = busy
    ? null
    : {
        myDay: <MyDayCard key="my-day" data={due} />,
        followUps: <FollowUpsCard key="follow-ups" data={followUps} today={today} graded={graded} />,
        grades: <GradeDistributionCard key="grades" counts={grades} />,
        status: <GradingStatusCard key="status" status={status} graded={graded} />,
        complaints: <OverdueComplaintsCard key="complaints" />,
      };
  // Cards per column, the long lists first, so each column is about as tall as the others.
  const dealt: ReactNode[][] = !cards
    ? []
    : columns === 3
      ? [[cards.myDay], [cards.followUps, cards.complaints, cards.status], [cards.grades, department, storage]]
      : columns === 2
        ? [
            [cards.myDay, cards.followUps, cards.complaints],
            [cards.grades, cards.status, department, storage],
          ]
        : [[cards.myDay, cards.followUps, cards.grades, cards.status, cards.complaints, department, storage]];
  return (
    <Stack gap="lg" data-testid="dashboard" aria-busy={busy}>
      <div>
        <Title order={2}>{t('home.greeting', { name: actor.name })}</Title>
        <Text c="dimmed">{t('home.today', { date: `${formatDate(now, locale)} ${formatWeekday(now, locale)}` })}</Text>
      </div>
      {busy ? (
        <Loader aria-label={t('dashboard.loading')} />
      ) : (
        <>
          {!hasCustomers && <FirstRunCard sheetImportHref={sheetImportHref} />}
          <SimpleGrid cols={columns} spacing="lg" style={{ alignItems: 'start' }}>
            {dealt.map((column, i) => (
              <Stack key={i} gap="lg">
                {column}
              </Stack>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** 本部门: the organisation, the department and the default classification mark. */
function DepartmentCard({ profile }: { profile: Profile }) {
  const t = useT();
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('home.profile')}
      </Title>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={120}>{t('profile.organisation')}</Table.Th>
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
  );
}
