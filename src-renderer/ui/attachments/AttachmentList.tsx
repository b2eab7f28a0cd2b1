import { Box, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconExternalLink, IconEye } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { ATTACHMENT_KINDS, previewKindOf, type AttachmentKind } from '../../core/attachments';
import type { ClassificationLevel } from '../../core/classification';
import { attachmentKindLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { ClassificationBadge } from '../ClassificationBadge';
import { useFormat } from '../hooks/use-format';
import { IconAction, RowActions } from '../RowActions';
import { TableHead, type HeadCell } from '../TableHead';
import { formatFileSize } from './file-checks';

/** One attachment as the list shows it; the screens map stored records to this. */
export interface AttachmentRow {
  id: string;
  title: string;
  kind: AttachmentKind;
  classification: ClassificationLevel;
  fileName: string;
  /** The stored (sniffed) type: decides whether 预览 is offered. */
  mimeType: string;
  size: number;
  /** ISO instant. */
  addedAt: string;
  /** The person's display name. */
  addedBy: string;
  /** The record the file belongs to (a customer's tab lists its interactions' files too): a column when any row has it. */
  recordLabel?: string;
  /** The host may hand this file to the system's program (Electron, an allowed type): see `onOpenWithProgram`. */
  opensWithProgram?: boolean;
}

export type AttachmentSort = 'newest' | 'oldest';
export type AttachmentKindFilter = AttachmentKind | 'all';

export interface AttachmentListProps {
  rows: readonly AttachmentRow[];
  /** 预览: offered for images, PDF and text (other types are only downloaded). */
  onPreview?: (row: AttachmentRow) => void;
  onDownload?: (row: AttachmentRow) => void;
  /** 用系统程序打开: offered, in 预览's place, for a file the app cannot show whose row `opensWithProgram`. */
  onOpenWithProgram?: (row: AttachmentRow) => void;
  /** 删除: without it (the person may not delete) the button is not shown. */
  onDelete?: (row: AttachmentRow) => void;
  /** Controlled filter and sort; left out, the list keeps its own (all kinds, newest first). */
  kind?: AttachmentKindFilter;
  onKindChange?: (kind: AttachmentKindFilter) => void;
  sort?: AttachmentSort;
  onSortChange?: (sort: AttachmentSort) => void;
  /** Hide the filter and sort controls (a short list inside a record's dialog). */
  hideControls?: boolean;
}

/**
 * The attachments of a record (issue 18): title, kind, mark, file name, size, when and by whom it
 * was added, and 预览 (or 用系统程序打开) / 下载 / 删除 through the screen's callbacks. Filtered by kind and sorted by
 * the time added (newest first unless told otherwise).
 */
export function AttachmentList({
  rows,
  onPreview,
  onDownload,
  onOpenWithProgram,
  onDelete,
  kind: kindProp,
  onKindChange,
  sort: sortProp,
  onSortChange,
  hideControls,
}: AttachmentListProps) {
  const t = useT();
  const format = useFormat();
  const [ownKind, setOwnKind] = useState<AttachmentKindFilter>('all');
  const [ownSort, setOwnSort] = useState<AttachmentSort>('newest');
  const kind = kindProp ?? ownKind;
  const sort = sortProp ?? ownSort;
  const setKind = (value: AttachmentKindFilter) => (onKindChange ? onKindChange(value) : setOwnKind(value));
  const setSort = (value: AttachmentSort) => (onSortChange ? onSortChange(value) : setOwnSort(value));

  const shown = useMemo(() => {
    const kept = kind === 'all' ? [...rows] : rows.filter((r) => r.kind === kind);
    // ISO instants order as text; ties by title so the order is stable.
    kept.sort((a, b) => (a.addedAt === b.addedAt ? a.title.localeCompare(b.title, 'zh-CN') : a.addedAt < b.addedAt ? 1 : -1));
    if (sort === 'oldest') kept.reverse();
    return kept;
  }, [rows, kind, sort]);
  const withRecord = rows.some((r) => r.recordLabel !== undefined);

  const head: HeadCell[] = [
    t('attachments.field.title'),
    t('attachments.field.kind'),
    t('attachments.field.classification'),
    ...(withRecord ? [t('attachments.field.record')] : []),
    t('attachments.field.fileName'),
    { label: t('attachments.field.size'), ta: 'right' },
    t('attachments.field.addedAt'),
    t('attachments.field.addedBy'),
    t('common.actions'),
  ];

  return (
    <Stack gap="xs" data-testid="attachment-list">
      {!hideControls && rows.length > 0 && (
        <Group gap="sm" align="flex-end">
          <Select
            label={t('attachments.list.filterKind')}
            size="xs"
            w={160}
            data={[{ value: 'all', label: t('attachments.list.allKinds') }, ...ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(attachmentKindLabel(k)) }))]}
            value={kind}
            onChange={(value) => value && setKind(value as AttachmentKindFilter)}
            allowDeselect={false}
          />
          <Select
            label={t('attachments.list.sort')}
            size="xs"
            w={160}
            data={[
              { value: 'newest', label: t('attachments.list.newest') },
              { value: 'oldest', label: t('attachments.list.oldest') },
            ]}
            value={sort}
            onChange={(value) => value && setSort(value as AttachmentSort)}
            allowDeselect={false}
          />
          <Text size="sm" c="dimmed" pb={4}>
            {t('attachments.list.count', { count: shown.length })}
          </Text>
        </Group>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.list.empty')}
        </Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.list.noneOfKind')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <TableHead cells={head} />
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.id} data-testid="attachment-row">
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {row.title}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(attachmentKindLabel(row.kind))}</Table.Td>
                  <Table.Td>
                    <ClassificationBadge mark={{ level: row.classification, periodYears: null }} />
                  </Table.Td>
                  {withRecord && <Table.Td>{row.recordLabel ?? '—'}</Table.Td>}
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {row.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFileSize(row.size, t, format.locale)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.instant(row.addedAt)}</Table.Td>
                  <Table.Td>{row.addedBy}</Table.Td>
                  <Table.Td>
                    <RowActions name={row.title} onDelete={onDelete && (() => onDelete(row))}>
                      {onPreview &&
                        (previewKindOf(row.mimeType) !== 'none' ? (
                          <IconAction
                            label={t('attachments.action.previewOf', { name: row.title })}
                            icon={<IconEye size={18} />}
                            onClick={() => onPreview(row)}
                          />
                        ) : onOpenWithProgram && row.opensWithProgram ? (
                          <IconAction
                            label={t('attachments.action.openWithProgramOf', { name: row.title })}
                            icon={<IconExternalLink size={18} />}
                            onClick={() => onOpenWithProgram(row)}
                          />
                        ) : (
                          // The other buttons keep their column when a file cannot be previewed.
                          <Box w={28} aria-hidden />
                        ))}
                      {onDownload && (
                        <IconAction
                          label={t('attachments.action.downloadOf', { name: row.title })}
                          icon={<IconDownload size={18} />}
                          onClick={() => onDownload(row)}
                        />
                      )}
                    </RowActions>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
