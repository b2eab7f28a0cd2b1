import { Badge, Group, Table, Text } from '@mantine/core';
import { DEADLINE_STAGES, openStages, overdueStatus } from '../../core/complaints';
import type { ComplaintRecord } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { DANGER_TEXT } from '../../ui/OverdueBadge';
import { useFormat } from '../../ui/hooks/use-format';

/** The three deadlines with their state: met (the status reached it), overdue by N days in red, or still ahead. */
export function DeadlinesTable({ complaint, now }: { complaint: ComplaintRecord; now: Date }) {
  const t = useT();
  const f = useFormat();
  const overdue = overdueStatus(complaint, now.toISOString());
  const open = openStages(complaint.status);
  return (
    <Table variant="vertical" withTableBorder data-testid="complaint-deadlines">
      <Table.Tbody>
        {DEADLINE_STAGES.map((stage) => {
          const late = overdue.stages.find((s) => s.stage === stage);
          return (
            <Table.Tr key={stage} data-stage={stage} data-overdue={late ? 'true' : undefined}>
              <Table.Th w={120}>{t(`complaints.deadline.${stage}`)}</Table.Th>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" c={late ? DANGER_TEXT : undefined} fw={late ? 600 : undefined}>
                    {f.day(complaint.deadlines[stage])}
                  </Text>
                  {late ? (
                    <Badge color="red.9" variant="filled" size="sm" radius="sm" data-testid="complaint-overdue">
                      {t('complaints.overdueDays', { days: late.daysOverdue })}
                    </Badge>
                  ) : (
                    !open.includes(stage) && (
                      <Text size="xs" c="dimmed">
                        {t('complaints.page.met')}
                      </Text>
                    )
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
