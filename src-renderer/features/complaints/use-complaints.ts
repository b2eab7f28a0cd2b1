import { useLiveQuery } from 'dexie-react-hooks';
import { listManagers } from '../../data/customers';
import { useSession } from '../../state/session';

/** Our managers by id (handler names) and the list for pickers. */
export function useManagers() {
  const { db } = useSession();
  const managers = useLiveQuery(() => listManagers(db), [db]);
  return { managers, nameOf: (id: string | null) => (id ? (managers?.find((m) => m.id === id)?.name ?? '') : '') };
}
