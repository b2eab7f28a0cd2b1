import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../i18n/react';

/**
 * Red text readable in both schemes: Mantine's default red text (shade 7 here) is below the 4.5:1
 * contrast of WCAG AA on white, so the light scheme takes shade 9 and the dark one shade 4.
 */
export const DANGER_TEXT = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';

/** The red flag of a requirement or receivable past its due date (a word too, not colour alone). */
export function OverdueBadge() {
  const t = useT();
  return (
    <Badge color="red.9" variant="filled" size="sm" radius="sm" leftSection={<IconAlertTriangle size={12} />} data-testid="overdue">
      {t('common.overdue')}
    </Badge>
  );
}

/** A due day (already formatted), in bold red with the 逾期 flag once it has passed unanswered or unpaid. */
export function DueDay({ day, overdue }: { day: string; overdue: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={overdue ? DANGER_TEXT : undefined} fw={overdue ? 600 : undefined}>
        {day}
      </Text>
      {overdue && <OverdueBadge />}
    </Group>
  );
}
