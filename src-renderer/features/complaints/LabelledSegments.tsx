import { SegmentedControl, Stack, Text, type SegmentedControlProps } from '@mantine/core';

/** A SegmentedControl with a visible label that names it for screen readers (it has no <label> of its own). */
export function LabelledSegments({ id, label, ...props }: SegmentedControlProps & { id: string; label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={id} {...props} />
    </Stack>
  );
}
