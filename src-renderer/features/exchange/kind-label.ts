import { isMessageKey, type Translate } from '../../i18n';

/** A record kind's name as other screens already say it (备份摘要, 修改记录), else this area's own. */
export function kindName(kind: string, t: Translate): string {
  for (const key of [`kind.${kind}`, `detail.table.${kind}`, `customerHistory.kind.${kind}`, `exchange.kind.${kind}`]) if (isMessageKey(key)) return t(key);
  return kind;
}
