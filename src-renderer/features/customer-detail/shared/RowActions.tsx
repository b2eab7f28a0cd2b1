import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';

/** Edit and delete icons of a table row, each named for screen readers and tests ("编辑 …"). */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const edit = t('detail.editOf', { name });
  const del = t('detail.deleteOf', { name });
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={edit} withArrow>
        <ActionIcon variant="subtle" aria-label={edit} onClick={onEdit}>
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={del} withArrow>
        <ActionIcon variant="subtle" color="red" aria-label={del} onClick={onDelete}>
          <IconTrash size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
