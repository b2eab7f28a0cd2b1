import { Group, Text } from '@mantine/core';
import { useT } from '../../../i18n/react';
import { ToneBadge } from '../../../ui/ToneBadge';
import { messageText } from '../shared/config-form';
import { subjectiveGap, subjectiveSum, type ItemFormValues } from './template-form';

/**
 * The running sum of the subjective maximums against the 100 the criteria's score lines assume,
 * updated at every keystroke; after a refused save, the schema's own message too.
 */
export function SubjectiveSum({ items, schemaMessage }: { items: readonly ItemFormValues[]; schemaMessage: string | undefined }) {
  const t = useT();
  const gap = subjectiveGap(items);
  const hint =
    gap === 0 ? t('gradingRules.template.sumOk') : t(gap > 0 ? 'gradingRules.template.sumOver' : 'gradingRules.template.sumUnder', { diff: Math.abs(gap) });
  return (
    <Group gap="xs" data-testid="subjective-sum" aria-live="polite">
      <Text size="sm" fw={600}>
        {t('gradingRules.template.sum', { sum: subjectiveSum(items) })}
      </Text>
      <ToneBadge color={gap === 0 ? 'teal' : 'red'}>{hint}</ToneBadge>
      {schemaMessage && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {messageText(schemaMessage, t)}
        </Text>
      )}
    </Group>
  );
}
