import { Stack, Title } from '@mantine/core';
import { useT } from '../../i18n/react';
import { ManagerChoice } from './ManagerChoice';
import { OpenRequirementsTable } from './OpenRequirementsTable';

/** 客户需求: the open requirements of one account manager's customers, overdue first, each linked to its customer. */
export function MyRequirementsPage() {
  const t = useT();
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('nav.requirements')}</Title>
      <ManagerChoice
        labels={{
          label: 'requirements.mine.manager',
          placeholder: 'requirements.mine.pick',
          pickHint: 'requirements.mine.pickHint',
          noManagers: 'requirements.mine.noManagers',
        }}
      >
        {(managerId) => <OpenRequirementsTable managerId={managerId} />}
      </ManagerChoice>
    </Stack>
  );
}
