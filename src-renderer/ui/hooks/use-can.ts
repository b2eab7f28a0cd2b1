import { can, canWriteRecord, type Permission, type RecordWriteOp } from '../../core/accounts';
import type { RecordKind } from '../../core/record-kinds';
import { useActor } from '../../state/signed-in';

/**
 * Whether the signed-in user may do `permission`: a screen HIDES an action the user may not do
 * (issue 15: 查阅 sees no write button), by the same table the repositories refuse by.
 */
export function useCan(permission: Permission): boolean {
  return can(useActor(), permission);
}

/** Whether the signed-in user may `op` a record of `kind`, by the write path's own rule (`canWriteRecord`). */
export function useCanWriteRecord(kind: RecordKind, op: RecordWriteOp = 'create'): boolean {
  return canWriteRecord(useActor(), kind, op);
}
