import { Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { followUpStatus } from '../../../core/grading';
import type { CustomerRecord } from '../../../data/customers';
import { openFollowUpOf } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { GradeBadge } from '../../../ui/GradeBadge';
import { todayIso } from '../../../ui/format';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { FollowUpBadge } from './FollowUpBadge';
import { TitledCard } from '../../../ui/TitledPanel';

/** The grade in force, since when, and the next follow-up (回访) the service policy planned for it. */
export function CurrentGrade({ customer }: { customer: CustomerRecord }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  const followUp = useLiveQuery(async () => (await openFollowUpOf(db, customer.id)) ?? null, [db, customer.id]);
  const grade = customer.grade ?? null;
  return (
    <TitledCard id="current-grade-title" title={t('gradingCustomer.current.title')} testId="current-grade" size="h5" gap="xs">
      <Group gap="sm">
        <GradeBadge grade={grade} size="lg" />
        {grade && customer.gradedOn && <Text size="sm">{t('gradingCustomer.current.since', { day: f.day(customer.gradedOn) })}</Text>}
      </Group>
      {followUp === undefined ? null : followUp ? (
        <Group gap="xs" data-testid="open-follow-up">
          <Text size="sm">{t('gradingCustomer.current.followUp', { day: f.day(followUp.dueDate) })}</Text>
          <FollowUpBadge status={followUpStatus(followUp.dueDate, todayIso())} />
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t(grade ? 'gradingCustomer.current.noFollowUp' : 'gradingCustomer.current.followUpAfterGrading')}
        </Text>
      )}
    </TitledCard>
  );
}
