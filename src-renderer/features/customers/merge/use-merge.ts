import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { ValidationError } from '../../../core/validation';
import { mergeCustomers, previewCustomerMerge, type CustomerRecord, type MergePreview } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { notify } from '../../../ui/notify';
import { useArchive } from '../../../ui/hooks/use-archive';
import { refusalText } from './merge-text';

/**
 * The preview of merging `mergedId` into `keptId`, live: if either record changes while the modal
 * is open, the counts follow. undefined while reading; null when no other customer is chosen.
 */
export function useMergePreview(keptId: string, mergedId: string | null): MergePreview | null | undefined {
  const { db } = useArchive();
  return useLiveQuery(async () => (mergedId === null ? null : previewCustomerMerge(db, keptId, mergedId)), [db, keptId, mergedId]);
}

/**
 * Writes the merge and reports it: a notification (asking to review same-year figures when the plan
 * kept both), then the kept customer's page. A refusal (the records changed since the preview)
 * resolves to its message, with nothing written.
 */
export function useMergeCustomers(): (kept: CustomerRecord, merged: CustomerRecord) => Promise<string | null> {
  const t = useT();
  const { db, withContext } = useArchive();
  const [, navigate] = useLocation();
  return useCallback(
    async (kept, merged) => {
      try {
        const { conflicts } = await withContext((ctx) => mergeCustomers(db, kept.id, merged.id, ctx));
        const years = conflicts.filter((c) => c.kind === 'benefit_year').length;
        const names = { kept: kept.name, merged: merged.name };
        notify('green', years > 0 ? t('merge.doneReview', { ...names, count: years }) : t('merge.done', names));
        navigate(`/customers/${kept.id}`);
        return null;
      } catch (error) {
        if (error instanceof ValidationError) return refusalText(error.fieldErrors._ ?? '', kept, merged, t);
        console.error(error);
        return t('merge.failed');
      }
    },
    [t, db, withContext, navigate],
  );
}
