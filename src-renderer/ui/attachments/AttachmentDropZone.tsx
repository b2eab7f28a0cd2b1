import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { formatFileSize } from './file-checks';

export interface AttachmentDropZoneProps {
  /** The dropped or chosen files (at least one), in the order given. */
  onFiles: (files: File[]) => void;
  /** The cap in force, said under the hint (omit to say nothing about size). */
  capBytes?: number;
  disabled?: boolean;
  /** A smaller zone (inside the add dialog, for more files). */
  compact?: boolean;
  /** The button's text; 选择文件 by default. */
  chooseLabel?: string;
}

/** True when the drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * Where files are dropped or chosen (issue 18.1): a drop area and a 选择文件 button over a hidden
 * multiple file input, so a keyboard user tabs to the button. A dropped folder is not a file: it is
 * left out with a message, the other files go on.
 */
export function AttachmentDropZone({ onFiles, capBytes, disabled = false, compact = false, chooseLabel }: AttachmentDropZoneProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [folderRefused, setFolderRefused] = useState(false);

  // A file dropped just beside the zone would otherwise be opened by the window itself (the app's page
  // replaced by the file): while a zone is on screen, a drop of files anywhere else does nothing.
  useEffect(() => {
    const swallow = (event: globalThis.DragEvent) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files') || event.defaultPrevented) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', swallow);
    window.addEventListener('drop', swallow);
    return () => {
      window.removeEventListener('dragover', swallow);
      window.removeEventListener('drop', swallow);
    };
  }, []);

  const hand = (files: File[]) => {
    if (files.length > 0) onFiles(files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const items = Array.from(event.dataTransfer.items ?? []);
    const files: File[] = [];
    let folders = 0;
    if (items.length > 0) {
      for (const item of items) {
        if (item.kind !== 'file') continue;
        if (item.webkitGetAsEntry?.()?.isDirectory) {
          folders += 1;
          continue;
        }
        const file = item.getAsFile();
        if (file) files.push(file);
      }
    } else {
      files.push(...Array.from(event.dataTransfer.files));
    }
    setFolderRefused(folders > 0);
    hand(files);
  };
  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so that choosing the same file again (after removing it) is a change.
    event.currentTarget.value = '';
    setFolderRefused(false);
    hand(files);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p={compact ? 'xs' : 'lg'}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="attachment-drop-zone"
      data-over={over || undefined}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined,
        background: over ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack gap={4} align="center">
        <Group gap="sm" justify="center" wrap="wrap">
          {!compact && <IconPaperclip size={20} aria-hidden />}
          <Text size="sm">{t('attachments.drop.hint')}</Text>
          <Button size={compact ? 'xs' : 'sm'} variant="light" onClick={() => input.current?.click()} disabled={disabled}>
            {chooseLabel ?? t('attachments.drop.choose')}
          </Button>
        </Group>
        {capBytes !== undefined && (
          <Text size="xs" c="dimmed">
            {t('attachments.drop.cap', { size: formatFileSize(capBytes, t, locale) })}
          </Text>
        )}
        {folderRefused && (
          <Text size="sm" c="red" role="alert">
            {t('attachments.drop.folder')}
          </Text>
        )}
      </Stack>
      <input ref={input} type="file" multiple hidden tabIndex={-1} onChange={onChosen} data-testid="attachment-file-input" />
    </Paper>
  );
}
