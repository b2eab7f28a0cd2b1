import { useState } from 'react';
import type { ColumnId } from './list-model';
import { loadColumns, saveColumns } from './list-storage';

/** The visible columns, remembered on this computer. */
export function useListColumns(): [ColumnId[], (next: ColumnId[]) => void] {
  const [columns, setColumns] = useState<ColumnId[]>(() => loadColumns());
  return [
    columns,
    (next) => {
      setColumns(next);
      saveColumns(next);
    },
  ];
}
