import { Button, Group, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

interface AddBarProps {
  label: string;
  onAdd: () => void;
  /** A deleted customer's page: nothing can be added. */
  readOnly: boolean;
  /** A section of a tab (经营数据 has two) names itself on the left, its table labelled by `id`. */
  title?: { id: string; text: string };
}

/** The 新增… button above a tab's table, or a section's heading with a smaller one. */
export function AddBar({ label, onAdd, readOnly, title }: AddBarProps) {
  if (!title) {
    if (readOnly) return null;
    return (
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          {label}
        </Button>
      </Group>
    );
  }
  return (
    <Group justify="space-between">
      <Title order={3} size="h5" id={title.id}>
        {title.text}
      </Title>
      {!readOnly && (
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd}>
          {label}
        </Button>
      )}
    </Group>
  );
}
