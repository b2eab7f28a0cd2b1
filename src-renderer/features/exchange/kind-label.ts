import type { Translate } from '../../i18n';
import { anyKindLabel } from '../../i18n/enum-labels';

/** A record kind's name as every screen says it (the one map, i18n/enum-labels.ts), else its code. */
export function kindName(kind: string, t: Translate): string {
  const key = anyKindLabel(kind);
  return key ? t(key) : kind;
}
