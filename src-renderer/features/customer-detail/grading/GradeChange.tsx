import { Group, Text } from '@mantine/core';
import type { Grade } from '../../../core/grading';
import { GradeBadge } from '../../../ui/GradeBadge';

/** previous → next, as two grade badges (未定级 when there was none). */
export function GradeChange({ from, to }: { from: Grade | null; to: Grade }) {
  return (
    <Group gap={6} wrap="nowrap">
      <GradeBadge grade={from} size="sm" />
      <Text size="sm" c="dimmed" aria-hidden>
        →
      </Text>
      <GradeBadge grade={to} size="sm" />
    </Group>
  );
}
