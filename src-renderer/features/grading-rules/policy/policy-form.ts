import { GRADES, servicePolicySchema, type ComplaintSeverity, type Grade, type ServicePolicy, type SignOffRole } from '../../../core/grading';
import { schemaErrors, toNumber, type NumberField } from '../shared/config-form';

/** One grade's row as the form edits it. */
export interface GradePolicyFormValues {
  visitIntervalDays: NumberField;
  complaintDeadlineDays: Record<ComplaintSeverity, NumberField>;
  signOffRole: SignOffRole;
}
/** The policy as the form edits it: paths are the schema's (`AA.complaintDeadlineDays.major`). */
export type PolicyFormValues = Record<Grade, GradePolicyFormValues>;

/** The deadline columns, lightest first (一般 / 重要 / 严重), as the institute's forms list severities. */
export const SEVERITY_COLUMNS = ['minor', 'major', 'critical'] as const satisfies readonly ComplaintSeverity[];

export function policyToForm(policy: ServicePolicy): PolicyFormValues {
  return Object.fromEntries(
    GRADES.map((g) => [
      g,
      { visitIntervalDays: policy[g].visitIntervalDays, complaintDeadlineDays: { ...policy[g].complaintDeadlineDays }, signOffRole: policy[g].signOffRole },
    ]),
  ) as PolicyFormValues;
}

export function formToPolicy(v: PolicyFormValues): unknown {
  return Object.fromEntries(
    GRADES.map((g) => {
      const row = v[g];
      const d = row.complaintDeadlineDays;
      return [
        g,
        {
          visitIntervalDays: toNumber(row.visitIntervalDays),
          complaintDeadlineDays: { critical: toNumber(d.critical), major: toNumber(d.major), minor: toNumber(d.minor) },
          signOffRole: row.signOffRole,
        },
      ];
    }),
  );
}

export const policyErrors = (v: PolicyFormValues) => schemaErrors(servicePolicySchema, formToPolicy(v));

/** The input paths of one grade's row, in column order (visit, deadlines lightest first, sign-off). */
export const rowFields = (grade: Grade): string[] => [
  `${grade}.visitIntervalDays`,
  ...SEVERITY_COLUMNS.map((s) => `${grade}.complaintDeadlineDays.${s}`),
  `${grade}.signOffRole`,
];
