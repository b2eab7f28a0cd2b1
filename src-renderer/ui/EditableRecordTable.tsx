import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { RecordKind } from '../core/record-kinds';
import type { WriteContext } from '../data/write-context';
import { useT } from '../i18n/react';
import { AddBar } from './AddBar';
import { useCanWriteRecord } from './hooks/use-can';
import { DeleteConfirm } from './ConfirmModal';
import { RecordTable, type RecordTableProps } from './RecordTable';
import { RowActions } from './RowActions';

interface EditableRecordTableProps<T extends { id: string }> extends Omit<RecordTableProps<T>, 'actions' | 'rowKey'> {
  /** The 新增… button. */
  addLabel: string;
  /** A deleted customer's page: no 新增, no row buttons. */
  readOnly: boolean;
  /**
   * The kind of record listed: 新增, edit and delete show only to a user the write path lets do them
   * (`canWriteRecord`), so 查阅 sees the list and no write button (issue 15).
   */
  kind: RecordKind;
  /** A section of a tab (经营数据 has two) names itself; the section is labelled by the heading. */
  title?: { id: string; text: string };
  /** The row as its buttons and the delete question name it ("编辑 张三"). */
  nameOf: (row: T) => string;
  /** The form that adds a record (`record` undefined) or edits one; it calls `close` when done. */
  editor: (record: T | undefined, close: () => void) => ReactNode;
  deleteTitle: string;
  /** The delete question; by default 确定删除「name」吗？… */
  deleteBody?: (name: string) => string;
  /** The soft delete (the record waits in the recycle bin). */
  remove: (row: T, ctx: WriteContext) => Promise<unknown>;
  /** The row's own buttons before edit and delete (call, set primary…). */
  rowButtons?: (row: T) => ReactNode;
}

type Dialog<T> = { kind: 'new' } | { kind: 'edit' | 'delete'; record: T };

/**
 * A tab's list of one kind of record with its 新增 button, each row's edit and delete, the add/edit
 * form and the delete question: the same flow for contacts, interactions, requirements and the
 * business figures, so every tab opens, names and deletes its records alike.
 */
export function EditableRecordTable<T extends { id: string }>({
  addLabel,
  readOnly,
  kind,
  title,
  nameOf,
  editor,
  deleteTitle,
  deleteBody,
  remove,
  rowButtons,
  ...table
}: EditableRecordTableProps<T>) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog<T> | null>(null);
  const close = () => setDialog(null);
  const mayAdd = useCanWriteRecord(kind, 'create') && !readOnly;
  const mayEdit = useCanWriteRecord(kind, 'update') && !readOnly;
  const mayDelete = useCanWriteRecord(kind, 'delete') && !readOnly;
  const rowActions = (r: T) => (
    <RowActions
      name={nameOf(r)}
      onEdit={mayEdit ? () => setDialog({ kind: 'edit', record: r }) : undefined}
      onDelete={mayDelete ? () => setDialog({ kind: 'delete', record: r }) : undefined}
    >
      {rowButtons?.(r)}
    </RowActions>
  );
  return (
    <Stack gap="sm" component={title ? 'section' : 'div'} aria-labelledby={title?.id}>
      <AddBar title={title} label={addLabel} onAdd={() => setDialog({ kind: 'new' })} readOnly={!mayAdd} />
      <RecordTable {...table} rowKey={(r) => r.id} actions={mayEdit || mayDelete || (rowButtons && !readOnly) ? rowActions : undefined} />
      {dialog?.kind === 'new' && editor(undefined, close)}
      {dialog?.kind === 'edit' && editor(dialog.record, close)}
      {dialog?.kind === 'delete' && (
        <DeleteConfirm title={deleteTitle} remove={(ctx) => remove(dialog.record, ctx)} onClose={close}>
          {deleteBody ? deleteBody(nameOf(dialog.record)) : t('common.deleteBody', { name: nameOf(dialog.record) })}
        </DeleteConfirm>
      )}
    </Stack>
  );
}
