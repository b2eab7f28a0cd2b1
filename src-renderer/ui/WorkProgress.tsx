import { Progress, Stack, Text } from '@mantine/core';

/**
 * Progress of writing or reading an archive file: the bar, and a line of text — while nothing is
 * counted yet (scrypt takes about a second first) the caller says so in `waiting`.
 */
export function WorkProgress({ done, total, label, waiting, counting }: { done: number; total: number; label: string; waiting: string; counting: string }) {
  return (
    <Stack gap={4}>
      <Progress value={total ? (100 * done) / total : 0} animated aria-label={label} />
      <Text size="sm" c="dimmed">
        {done === 0 ? waiting : counting}
      </Text>
    </Stack>
  );
}
