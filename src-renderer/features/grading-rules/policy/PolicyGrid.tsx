import { Select, Table } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Fragment } from 'react';
import { GRADES, SIGN_OFF_ROLES, type Grade } from '../../../core/grading';
import type { FieldErrors } from '../../../core/validation';
import { complaintSeverityLabel, signOffRoleLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { GradeBadge } from '../../../ui/GradeBadge';
import { FieldMessages, messageIdOf } from '../shared/FieldMessages';
import { InlineNumber } from '../shared/InlineNumber';
import { PolicyHead } from './PolicyHead';
import { rowFields, SEVERITY_COLUMNS, type PolicyFormValues } from './policy-form';

const COLUMNS = 6;

/**
 * Grade × (回访间隔, 投诉答复期限 一般/重要/严重, 签批人). A row's messages are printed under it,
 * across the table: a grid cell is too narrow for "等级越高，回访间隔和投诉答复期限不能越长".
 */
export function PolicyGrid({ form, errors }: { form: UseFormReturnType<PolicyFormValues>; errors: FieldErrors }) {
  const t = useT();
  const labelOf = (path: string) => {
    const [grade, field, severity] = path.split('.') as [Grade, string, (typeof SEVERITY_COLUMNS)[number] | undefined];
    if (field === 'visitIntervalDays') return t('gradingRules.policy.visitOf', { grade });
    if (field === 'signOffRole') return t('gradingRules.policy.signOffOf', { grade });
    return t('gradingRules.policy.deadlineOf', { grade, severity: severity ? t(complaintSeverityLabel(severity)) : '' });
  };
  const number = (path: string) => (
    <InlineNumber inputProps={form.getInputProps(path)} path={path} label={labelOf(path)} errors={errors} scope="policy" allowDecimal={false} width={90} />
  );
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="policy-grid">
      <PolicyHead />
      <Table.Tbody>
        {GRADES.map((grade) => {
          const fields = rowFields(grade);
          const hasErrors = fields.some((f) => errors[f] !== undefined);
          const rolePath = `${grade}.signOffRole`;
          return (
            <Fragment key={grade}>
              <Table.Tr>
                <Table.Td>
                  <GradeBadge grade={grade} />
                </Table.Td>
                <Table.Td>{number(`${grade}.visitIntervalDays`)}</Table.Td>
                {SEVERITY_COLUMNS.map((s) => (
                  <Table.Td key={s}>{number(`${grade}.complaintDeadlineDays.${s}`)}</Table.Td>
                ))}
                <Table.Td>
                  <Select
                    size="xs"
                    w={150}
                    allowDeselect={false}
                    aria-label={labelOf(rolePath)}
                    data={SIGN_OFF_ROLES.map((role) => ({ value: role, label: t(signOffRoleLabel(role)) }))}
                    {...form.getInputProps(rolePath)}
                    error={errors[rolePath] !== undefined}
                    aria-describedby={errors[rolePath] !== undefined ? messageIdOf('policy', rolePath) : undefined}
                  />
                </Table.Td>
              </Table.Tr>
              {hasErrors && (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS} pt={0}>
                    <FieldMessages scope="policy" errors={errors} fields={fields} labelOf={labelOf} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
