import { Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconAddressBook, IconArrowRight, IconPaperclip, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { canWriteRecord } from '../../../core/accounts';
import { useT } from '../../../i18n/react';
import { useActor } from '../../../state/signed-in';
import { useAttachmentSearch, useCustomerSearch } from '../list/useCustomerData';
import { Highlighted } from '../shared/Highlighted';
import { paletteItems, type PaletteItem, type PaletteSection } from './palette-items';

const PALETTE_HITS = 8;
const ICONS = { customer: IconAddressBook, file: IconPaperclip, action: IconPlus, section: IconArrowRight } as const;
const HINTS = {
  customer: 'customers.palette.openCustomer',
  file: 'customers.palette.openFile',
  action: 'customers.palette.run',
  section: 'customers.palette.goTo',
} as const;
const PALETTE_FILE_HITS = 5;

/**
 * Ctrl+K / ⌘K from anywhere (also inside a text field): find a customer by name, pinyin, contact or
 * phone and open it, create one, or go to a section. Arrow keys move, Enter opens. A listbox of
 * our own rather than @mantine/spotlight: its selection is set on the DOM once, before results
 * that arrive asynchronously from IndexedDB have rendered, so Enter would open nothing.
 */
export function CommandPalette({ sections }: { sections: readonly PaletteSection[] }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Closed by opening something: focus belongs to the page opened (新建客户's 单位名称), not to what had it before.
  const [returnFocus, setReturnFocus] = useState(true);
  const { hits } = useCustomerSearch(query, PALETTE_HITS);
  const fileHits = useAttachmentSearch(query, PALETTE_FILE_HITS);
  // Only what the user may do: 查阅 sees no 新建客户 (the repository would refuse it anyway).
  const createCustomer = canWriteRecord(useActor(), 'customers', 'create');
  const items = useMemo(() => paletteItems(query, hits, sections, t, { createCustomer }, fileHits), [query, hits, sections, t, createCustomer, fileHits]);
  const listId = useId();
  const open = () => {
    setReturnFocus(true);
    setOpened(true);
  };
  useHotkeys([['mod+K', open, { usePhysicalKeys: true }]], []);
  useEffect(() => setActive(0), [items]);

  const close = () => {
    setOpened(false);
    setQuery('');
  };
  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    setReturnFocus(false);
    close();
    navigate(item.path);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter while an input method composes Chinese confirms the characters, it is not "open".
    if (event.nativeEvent.isComposing) return;
    const n = items.length;
    if (event.key === 'ArrowDown' && n > 0) setActive((i) => (i + 1) % n);
    else if (event.key === 'ArrowUp' && n > 0) setActive((i) => (i - 1 + n) % n);
    else if (event.key === 'Enter') run(items[active]);
    else return;
    event.preventDefault();
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('customers.palette.title')}
      size="lg"
      yOffset="12vh"
      closeButtonProps={{ 'aria-label': t('customers.palette.close') }}
      returnFocus={returnFocus}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          role="combobox"
          aria-expanded
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={items.length > 0 ? optionId(active) : undefined}
          aria-label={t('customers.palette.search')}
          placeholder={t('customers.palette.placeholder')}
          leftSection={<IconSearch size={16} stroke={1.6} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <Stack id={listId} role="listbox" aria-label={t('customers.palette.results')} gap={2} mah="50vh" style={{ overflowY: 'auto' }}>
          {items.map((item, i) => (
            <PaletteOption key={item.id} id={optionId(i)} item={item} selected={i === active} onPick={() => run(item)} onHover={() => setActive(i)} />
          ))}
          {items.length === 0 && (
            <Text size="sm" c="dimmed" p="sm">
              {t('customers.palette.nothing')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Modal>
  );
}

function PaletteOption({ id, item, selected, onPick, onHover }: { id: string; item: PaletteItem; selected: boolean; onPick: () => void; onHover: () => void }) {
  const t = useT();
  const Icon = ICONS[item.kind];
  return (
    <UnstyledButton
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      onClick={onPick}
      onMouseMove={onHover}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)', background: selected ? 'var(--mantine-color-default-hover)' : undefined }}
      ref={(el) => {
        if (selected) el?.scrollIntoView({ block: 'nearest' });
      }}
    >
      <Group gap="sm" wrap="nowrap">
        <Icon size={18} stroke={1.6} aria-hidden />
        <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" truncate="end">
            <Highlighted text={item.label} ranges={item.ranges} />
          </Text>
          {item.description && (
            <Text size="xs" c="dimmed" truncate="end">
              {item.description}
            </Text>
          )}
        </Stack>
        {selected && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {t(HINTS[item.kind])} ↵
          </Text>
        )}
      </Group>
    </UnstyledButton>
  );
}
