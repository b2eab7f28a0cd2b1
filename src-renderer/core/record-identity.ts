/**
 * The record-identity rule, once: when two lines of an archive file (a backup or an exchange file)
 * are the same record — a duplicate the reader refuses. Within a kind a record is its `id`; the
 * change log's entries are their `seq`; a backup holds one installation. The app's restore
 * (data/backup-file.ts) and the command-line tool (src-main/cli) check files with this.
 */
export function recordKey(kind: string, record: Record<string, unknown>): string | null {
  if (kind === 'installation') return 'installation';
  const key = kind === 'changes' ? record.seq : record.id;
  return typeof key === 'string' || typeof key === 'number' ? String(key) : null;
}
