import { useLiveQuery } from 'dexie-react-hooks';
import { configHistory, currentConfig, type ConfigKind, type CurrentConfig, type GradingConfigRecord } from '../../../data/grading';
import { useArchive } from '../../../ui/hooks/use-archive';

/** The version in force and every saved one (live: a save elsewhere shows at once). */
export interface ConfigState<K extends ConfigKind> {
  current: CurrentConfig<K>;
  /** Saved versions, newest first; tombstones (from an exchange) are left out. */
  history: GradingConfigRecord<K>[];
}

export function useGradingConfig<K extends ConfigKind>(kind: K): ConfigState<K> | undefined {
  const { db } = useArchive();
  return useLiveQuery(async () => {
    const [current, history] = await Promise.all([currentConfig(db, kind), configHistory(db, kind)]);
    return { current, history: history.filter((r) => r.deletedAt === null) };
  }, [db, kind]);
}
