import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatWeekday } from '../../core/format';
import type { Profile } from '../../core/profile';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { ClassificationBadge } from '../../ui/ClassificationBadge';
import { InstallationInfo } from '../settings/InstallationInfo';
import { StorageStatus } from '../settings/StorageStatus';

/** 工作台: who and where we are, and the state of this installation's data. */
export function HomePage({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const today = new Date();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('home.greeting', { name: profile.operatorName })}</Title>
        <Text c="dimmed">{t('home.today', { date: `${formatDate(today, locale)} ${formatWeekday(today, locale)}` })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
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
                <Table.Th>{t('profile.operatorName')}</Table.Th>
                <Table.Td>{profile.operatorName}</Table.Td>
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
