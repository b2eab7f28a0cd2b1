import { ActionIcon, Button, Divider, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useState, memo } from 'react';
import { useT } from '../../../i18n/react';
import { activeFilterCount, type ListFilters } from './list-model';
import { loadSavedFilters, saveSavedFilters, withSavedFilter, type SavedFilter } from './list-storage';
import { keepEnterInField } from '../../../ui/form-keys';

/** Named filter sets the user comes back to ("我的 AAA 客户", "华北 休眠客户"), kept on this computer. */
export const SavedFilters = memo(function SavedFilters({ filters, onApply }: { filters: ListFilters; onApply: (f: ListFilters) => void }) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const [saved, setSaved] = useState<SavedFilter[]>(() => loadSavedFilters());
  const [name, setName] = useState('');
  const update = (next: SavedFilter[]) => {
    setSaved(next);
    saveSavedFilters(next);
  };
  const canSave = name.trim() !== '' && activeFilterCount(filters) > 0;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconBookmark size={16} stroke={1.6} />} onClick={() => setOpened((o) => !o)}>
          {t('customers.filters.saved')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown w={300}>
        <Stack gap="xs">
          {saved.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('customers.filters.savedEmpty')}
            </Text>
          )}
          {saved.map((s) => (
            <Group key={s.name} gap="xs" wrap="nowrap" justify="space-between">
              <Button
                variant="subtle"
                size="compact-sm"
                style={{ flex: 1, minWidth: 0 }}
                justify="flex-start"
                onClick={() => {
                  onApply(s.filters);
                  setOpened(false);
                }}
              >
                {s.name}
              </Button>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('customers.filters.deleteSaved', { name: s.name })}
                onClick={() => update(saved.filter((x) => x.name !== s.name))}
              >
                <IconTrash size={16} stroke={1.6} />
              </ActionIcon>
            </Group>
          ))}
          <Divider />
          <form
            onKeyDown={keepEnterInField}
            onSubmit={(event) => {
              event.preventDefault();
              if (!canSave) return;
              update(withSavedFilter(saved, { name, filters }));
              setName('');
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                size="sm"
                style={{ flex: 1 }}
                label={t('customers.filters.saveName')}
                description={activeFilterCount(filters) === 0 ? t('customers.filters.saveNeedsFilter') : undefined}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                maxLength={40}
              />
              <Button type="submit" size="sm" disabled={!canSave}>
                {t('customers.filters.save')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
