import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { WriteContext } from '../data/write-context';
import { useT } from '../i18n/react';
import { AddBar } from './AddBar';
import { DeleteConfirm } from './ConfirmModal';
import { RecordTable, type RecordTableProps } from './RecordTable';
import { RowActions } from './RowActions';

interface EditableRecordTableProps<T extends { id: string }> extends Omit<RecordTableProps<T>, 'actions' | 'rowKey'> {
  /** The 新增… button. */
  addLabel: string;
  /** A deleted customer's page: no 新增, no row buttons. */
  readOnly: boolean;
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
  return (
    <Stack gap="sm" component={title ? 'section' : 'div'} aria-labelledby={title?.id}>
      <AddBar title={title} label={addLabel} onAdd={() => setDialog({ kind: 'new' })} readOnly={readOnly} />
      <RecordTable
        {...table}
        rowKey={(r) => r.id}
        actions={
          readOnly
            ? undefined
            : (r) => (
                <RowActions name={nameOf(r)} onEdit={() => setDialog({ kind: 'edit', record: r })} onDelete={() => setDialog({ kind: 'delete', record: r })}>
                  {rowButtons?.(r)}
                </RowActions>
              )
        }
      />
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
