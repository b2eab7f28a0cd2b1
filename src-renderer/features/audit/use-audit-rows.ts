import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntry } from '../../core/audit/types';
import type { AirgapDb } from '../../data/db';
import type { AuditQuery } from './audit-filter';
import { loadAuditPage } from './audit-pages';

export interface AuditRows {
  entries: AuditEntry[];
  /** Where 加载更多 continues; null when the oldest matching entry is shown. */
  nextBefore: number | null;
  loading: boolean;
  failed: boolean;
}

const START: AuditRows = { entries: [], nextBefore: null, loading: true, failed: false };

/**
 * The rows the table shows for `query` (null: the filter is being fixed, the rows stay), a page at a
 * time. A newer query or a reload makes answers still on their way stale: each read carries a number,
 * and only the latest one's answer is shown.
 */
export function useAuditRows(db: AirgapDb, query: AuditQuery | null) {
  const [rows, setRows] = useState<AuditRows>(START);
  const latest = useRef(0);
  const [reloads, setReloads] = useState(0);
  const key = query && JSON.stringify(query);

  const read = useCallback(
    (before: number | undefined, earlier: AuditEntry[]) => {
      if (!query) return;
      const ticket = ++latest.current;
      setRows((r) => ({ ...r, loading: true, failed: false }));
      loadAuditPage(db, query, before).then(
        (page) => ticket === latest.current && setRows({ entries: [...earlier, ...page.entries], nextBefore: page.nextBefore, loading: false, failed: false }),
        () => ticket === latest.current && setRows((r) => ({ ...r, loading: false, failed: true })),
      );
    },
    // The query is compared by its text: a new object with the same filter reads nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, key],
  );

  useEffect(() => read(undefined, []), [read, reloads]);

  const loadMore = () => {
    if (rows.nextBefore !== null && !rows.loading) read(rows.nextBefore, rows.entries);
  };
  const reload = () => setReloads((n) => n + 1);
  return { rows, loadMore, reload };
}
