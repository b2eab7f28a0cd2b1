import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/react';

/** An icon button named for screen readers and tests by its tooltip text ("编辑 张三"). */
export function IconAction({ label, icon, onClick, color }: { label: string; icon: ReactNode; onClick: () => void; color?: string }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The buttons of a table row: the row's own ones (`children`: call, set primary…) then edit and
 * delete, each named for screen readers and tests ("编辑 …", "删除 …"). Without its handler (the
 * user may not do it) a button is not shown.
 */
export function RowActions({ name, onEdit, onDelete, children }: { name: string; onEdit?: () => void; onDelete?: () => void; children?: ReactNode }) {
  const t = useT();
  return (
    <Group gap={2} wrap="nowrap">
      {children}
      {onEdit && <IconAction label={t('common.editOf', { name })} icon={<IconPencil size={18} />} onClick={onEdit} />}
      {onDelete && <IconAction label={t('common.deleteOf', { name })} icon={<IconTrash size={18} />} onClick={onDelete} color="red" />}
    </Group>
  );
}
