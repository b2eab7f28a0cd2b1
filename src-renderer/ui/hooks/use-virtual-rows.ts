import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

/** Height (px) of the sticky header row above the virtual rows, inside the same scroll element. */
export const VIRTUAL_HEADER_HEIGHT = 40;

/** A row in view: its index in the list and its offset (px) from the top of the body. */
export interface VirtualRow {
  index: number;
  top: number;
}

/**
 * The windowing of every long list (ui/VirtualTable and the customer list), with @tanstack/react-virtual:
 * only the rows in view (plus `overscan`) are returned, so 10,000 rows scroll like 30. The element
 * behind `scrollRef` is the table itself: it scrolls, its header sticks, and the body starts below the
 * header. When `resetKey` changes (a filter, a search) the list starts at the top again.
 */
export function useVirtualRows({ count, rowHeight, overscan, resetKey }: { count: number; rowHeight: number; overscan: number; resetKey: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // The body starts below the sticky header inside the same scroll element.
    scrollMargin: VIRTUAL_HEADER_HEIGHT,
    useFlushSync: false,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  const rows: VirtualRow[] = virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start - VIRTUAL_HEADER_HEIGHT }));
  return { scrollRef, rows, bodyHeight: virtualizer.getTotalSize() };
}
