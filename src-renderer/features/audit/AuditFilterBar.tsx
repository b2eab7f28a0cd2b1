import { Button, Group, Select, TextInput } from '@mantine/core';
import type { UserRecord } from '../../core/accounts';
import type { AuditOutcome } from '../../core/audit/types';
import { auditActionLabel, auditOutcomeLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { DayInput } from '../../ui/DayInput';
import { inBrackets } from '../../ui/format';
import { EMPTY_FILTER_FORM, SIGNED_OUT, type AuditFilterForm, type FilterProblems } from './audit-filter';

interface AuditFilterBarProps {
  form: AuditFilterForm;
  onChange: (next: AuditFilterForm) => void;
  users: readonly UserRecord[];
  actions: readonly string[];
  problems: FilterProblems;
}

const OUTCOMES: readonly AuditOutcome[] = ['success', 'failure'];

/**
 * 用户, 操作, 起始/截止日期, 对象, 结果: each applies as it changes (there is no form to submit, so
 * Enter in a select only picks). An empty select is "all", cleared by its ×.
 */
export function AuditFilterBar({ form, onChange, users, actions, problems }: AuditFilterBarProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...form, ...patch });
  const userOptions = [
    ...users.map((u) => ({ value: u.id, label: `${u.displayName}${inBrackets(u.username, locale)}` })),
    { value: SIGNED_OUT, label: t('auditLog.filter.signedOut') },
  ];
  const actionOptions = actions.map((action) => ({ value: action, label: t(auditActionLabel(action), { code: action }) }));
  return (
    <Group align="flex-start" gap="sm" data-testid="audit-filters">
      <Select
        label={t('auditLog.filter.user')}
        placeholder={t('auditLog.filter.anyUser')}
        data={userOptions}
        value={form.user || null}
        onChange={(value) => set({ user: value ?? '' })}
        clearable
        searchable
        w={170}
      />
      <Select
        label={t('auditLog.filter.action')}
        placeholder={t('auditLog.filter.anyAction')}
        data={actionOptions}
        value={form.action || null}
        onChange={(value) => set({ action: value ?? '' })}
        clearable
        searchable
        w={170}
      />
      <DayInput label={t('auditLog.filter.from')} value={form.from} onChange={(from) => set({ from })} error={problems.from && t(problems.from)} w={140} />
      <DayInput label={t('auditLog.filter.to')} value={form.to} onChange={(to) => set({ to })} error={problems.to && t(problems.to)} w={140} />
      <TextInput
        label={t('auditLog.filter.object')}
        placeholder={t('auditLog.filter.objectHint')}
        value={form.object}
        onChange={(e) => set({ object: e.currentTarget.value })}
        w={180}
      />
      <Select
        label={t('auditLog.filter.outcome')}
        placeholder={t('auditLog.filter.anyOutcome')}
        data={OUTCOMES.map((outcome) => ({ value: outcome, label: t(auditOutcomeLabel(outcome)) }))}
        value={form.outcome || null}
        onChange={(value) => set({ outcome: (value as AuditOutcome | null) ?? '' })}
        clearable
        w={110}
      />
      <Button variant="subtle" mt={25} onClick={() => onChange(EMPTY_FILTER_FORM)}>
        {t('auditLog.filter.clear')}
      </Button>
    </Group>
  );
}
