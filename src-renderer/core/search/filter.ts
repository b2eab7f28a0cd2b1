/**
 * In-memory prefix search over records that carry their own `searchKeys` (the same keys the
 * IndexedDB multiEntry index holds). The customer list already has every live customer in memory,
 * so matching there (a few ms for 10,000 customers) answers within the keystroke's frame, where an
 * index read would first have to deserialise hundreds of records. Order of `rows` is kept.
 *
 * `normalised` must come from `normaliseQuery` — exactly what the index is queried with.
 */
export function withKeyPrefix<T extends { searchKeys: readonly string[] }>(rows: readonly T[], normalised: string): T[] {
  const found: T[] = [];
  for (const row of rows) {
    for (const key of row.searchKeys) {
      if (key.startsWith(normalised)) {
        found.push(row);
        break;
      }
    }
  }
  return found;
}
