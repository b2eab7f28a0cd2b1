import { memo } from 'react';
import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';
import { COLUMNS, NAME_COLUMN } from './columns';
import { COLUMN_IDS, type ColumnId } from './list-model';

/** Show or hide columns; the name stays (it is how a row is opened). */
export const ColumnsPicker = memo(function ColumnsPicker({ columns, onChange }: { columns: readonly ColumnId[]; onChange: (next: ColumnId[]) => void }) {
  const t = useT();
  return (
    <Popover position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} stroke={1.6} />}>
          {t('customers.list.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('customers.list.columnsHint')}
          value={[...columns]}
          onChange={(v) => onChange(COLUMN_IDS.filter((c) => c === 'name' || v.includes(c)))}
        >
          <Stack gap="xs" mt="xs">
            {COLUMN_IDS.map((id) => (
              <Checkbox key={id} value={id} disabled={id === 'name'} label={t(id === 'name' ? NAME_COLUMN.label : COLUMNS[id].label)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
});
