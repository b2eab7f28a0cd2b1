import { conflictFields } from '../../data/exchange';
import { isShownField } from '../../ui/history-values';

/**
 * The fields in which two versions of a record differ, in the record's own field order, leaving
 * out the envelope and the derived fields the 修改记录 also hides (searchKeys, sortKey…): the rows
 * of a conflict's table, each chosen from either side when it is merged field by field (issue 17.8).
 * The storage side decides what is offered (`conflictFields`: a differing manager id as its name).
 */
export function differingFields(a: Record<string, unknown> | undefined, b: Record<string, unknown>): string[] {
  return conflictFields(a, b).filter(isShownField);
}
