import { useCallback, useState } from 'react';
import type { ColumnId } from './list-model';
import { loadColumns, saveColumns } from './list-storage';

/** The visible columns, remembered on this computer. */
export function useListColumns(): [ColumnId[], (next: ColumnId[]) => void] {
  const [columns, setColumns] = useState<ColumnId[]>(() => loadColumns());
  // Stable, so the memoised toolbar does not re-render on every keystroke in the search box.
  const change = useCallback((next: ColumnId[]) => {
    setColumns(next);
    saveColumns(next);
  }, []);
  return [columns, change];
}
