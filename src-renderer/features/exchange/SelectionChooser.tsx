import { MultiSelect, SegmentedControl, Stack } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { GRADES, type Grade } from '../../core/grading';
import { customerCountsByManager, listManagers } from '../../data/customers';
import { gradeCounts } from '../../data/grading';
import type { CustomerSelection } from '../../data/exchange';
import { useT } from '../../i18n/react';
import { isWholeArchive } from '../../data/scope';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';

/** What the 选定客户 scope holds while the user chooses: all three ways are kept, `by` says which counts. */
export interface SelectionDraft {
  by: CustomerSelection['by'];
  picked: PickedCustomer[];
  grades: Grade[];
  managerIds: string[];
}

export const EMPTY_SELECTION: SelectionDraft = { by: 'customers', picked: [], grades: [], managerIds: [] };

export function toSelection(draft: SelectionDraft): CustomerSelection {
  if (draft.by === 'grades') return { by: 'grades', grades: draft.grades };
  if (draft.by === 'managers') return { by: 'managers', managerIds: draft.managerIds };
  return { by: 'customers', customerIds: draft.picked.map((c) => c.id) };
}

/** 选定客户: by grade (current grade), by account manager, or hand-picked — each with everything that belongs to the customers. */
export function SelectionChooser({ value, onChange, disabled }: { value: SelectionDraft; onChange: (next: SelectionDraft) => void; disabled: boolean }) {
  const t = useT();
  const { db } = useSession();
  // Counted and listed within the user's data scope (issue 15.3), as the export picks: never a pick it refuses.
  const scope = useReadScope();
  const counts = useLiveQuery(() => gradeCounts(db, scope), [db, scope]);
  const managers = useLiveQuery(async () => {
    const counts = await customerCountsByManager(db, scope);
    const list = await listManagers(db);
    // A narrower scope offers only the managers of its customers: another's would be refused.
    return { list: isWholeArchive(scope) ? list : list.filter((m) => counts.has(m.id)), counts };
  }, [db, scope]);
  const gradeOptions = GRADES.map((grade) => ({ value: grade, label: t('exchangeSelection.gradeOption', { grade, count: counts?.[grade] ?? 0 }) }));
  const managerOptions = (managers?.list ?? []).map((m) => ({
    value: m.id,
    label: t('exchangeSelection.managerOption', { name: m.name, count: managers?.counts.get(m.id) ?? 0 }),
  }));
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('exchangeSelection.by')}
        value={value.by}
        onChange={(by) => onChange({ ...value, by: by as SelectionDraft['by'] })}
        disabled={disabled}
        data={[
          { value: 'grades', label: t('exchangeSelection.byGrades') },
          { value: 'managers', label: t('exchangeSelection.byManagers') },
          { value: 'customers', label: t('exchangeSelection.byCustomers') },
        ]}
      />
      {value.by === 'grades' && (
        <MultiSelect
          label={t('exchangeSelection.grades')}
          placeholder={value.grades.length === 0 ? t('exchangeSelection.gradesPlaceholder') : undefined}
          data={gradeOptions}
          value={value.grades}
          onChange={(grades) => onChange({ ...value, grades: grades as Grade[] })}
          disabled={disabled}
        />
      )}
      {value.by === 'managers' && (
        <MultiSelect
          label={t('exchangeSelection.managers')}
          placeholder={value.managerIds.length === 0 ? t('exchangeSelection.managersPlaceholder') : undefined}
          data={managerOptions}
          value={value.managerIds}
          onChange={(managerIds) => onChange({ ...value, managerIds })}
          disabled={disabled}
          searchable
          nothingFoundMessage={t('exchangeSelection.noManagers')}
        />
      )}
      {value.by === 'customers' && <CustomerPicker value={value.picked} onChange={(picked) => onChange({ ...value, picked })} />}
    </Stack>
  );
}
