import { Group, Text } from '@mantine/core';
import type { Grade } from '../../../core/grading';
import { GradeBadge } from '../../../ui/GradeBadge';

/**
 * A grade with the sentence that decided it and the notes under it, as the grading result and a
 * pending draft both show them (label, badge, sentence on one line; notes dimmed below).
 */
export function GradeReasons({
  label,
  grade,
  sentence,
  notes,
  strong = false,
  testId,
}: {
  label: string;
  grade: Grade;
  sentence: string;
  notes: readonly string[];
  /** The current result is emphasised: bold label, large badge. */
  strong?: boolean;
  testId: string;
}) {
  return (
    <>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={strong ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        <GradeBadge grade={grade} size={strong ? 'lg' : 'sm'} />
        <Text size="sm" data-testid={testId}>
          {sentence}
        </Text>
      </Group>
      {notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {note}
        </Text>
      ))}
    </>
  );
}
