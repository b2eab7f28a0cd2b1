import { List, Paper, Text } from '@mantine/core';
import { useT } from '../../../i18n/react';
import { criteriaSummary } from './criteria-summary';
import type { CriteriaFormValues } from './criteria-form';

/** The rules as sentences with the figures filled in, one line per rule in evaluation order. */
export function CriteriaLines({ values }: { values: CriteriaFormValues }) {
  const t = useT();
  return (
    <List size="sm" spacing={4}>
      {criteriaSummary(values, t).map((line) => (
        <List.Item key={line.rule}>{line.text}</List.Item>
      ))}
    </List>
  );
}

/** What the change means, read before it is approved: the rules as they will apply with the values being edited. */
export function CriteriaSummary({ values }: { values: CriteriaFormValues }) {
  const t = useT();
  return (
    <Paper withBorder p="sm" data-testid="criteria-summary">
      <Text size="sm" fw={600} mb={6}>
        {t('gradingRules.criteria.summaryTitle')}
      </Text>
      <CriteriaLines values={values} />
    </Paper>
  );
}
