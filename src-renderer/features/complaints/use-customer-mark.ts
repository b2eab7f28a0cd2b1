import { useLiveQuery } from 'dexie-react-hooks';
import type { ClassificationLevel } from '../../core/classification';
import { getCustomer } from '../../data/customers';
import { useSession } from '../../state/session';

/** The complaint's customer's classification: the mark a file attached to the complaint gets unless another is chosen. */
export function useCustomerMark(customerId: string): ClassificationLevel | undefined {
  const { db } = useSession();
  return useLiveQuery(async () => (await getCustomer(db, customerId))?.classification ?? 'internal', [db, customerId]);
}
