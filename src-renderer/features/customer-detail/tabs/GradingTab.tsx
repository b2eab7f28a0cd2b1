import { Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CustomerRecord } from '../../../data/customers';
import { openDraftOf } from '../../../data/grading';
import { CurrentGrade } from '../grading/CurrentGrade';
import { Evaluation } from '../grading/Evaluation';
import { GradeHistory } from '../grading/GradeHistory';
import { PendingDraft } from '../grading/PendingDraft';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useCan } from '../../../ui/hooks/use-can';

/**
 * 客户分级: the grade in force and the next follow-up; the customer's grading waiting for approval,
 * if any; this year's evaluation with the scoring table; and every approved grading before. A
 * deleted customer shows its grade and history only (it cannot be graded), and so does a user who
 * may not draft a grading (查阅, 投诉处理人: the scoring form and 提交定级 are writes).
 */
export function GradingTab({ customer, readOnly }: { customer: CustomerRecord; readOnly: boolean }) {
  const { db } = useArchive();
  const mayDraft = useCan('grading.draft');
  const draft = useLiveQuery(() => (readOnly ? null : openDraftOf(db, customer.id)), [db, customer.id, readOnly]);
  return (
    <Stack gap="lg">
      <CurrentGrade customer={customer} />
      {draft && <PendingDraft run={draft.run} entry={draft.entry} />}
      {!readOnly && mayDraft && draft !== undefined && <Evaluation customer={customer} hasDraft={draft !== null} />}
      <GradeHistory customerId={customer.id} />
    </Stack>
  );
}
