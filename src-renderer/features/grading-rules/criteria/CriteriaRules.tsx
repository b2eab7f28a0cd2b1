import { Box, Divider, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Fragment } from 'react';
import type { FieldErrors } from '../../../core/validation';
import { useT } from '../../../i18n/react';
import { GradeBadge } from '../../../ui/GradeBadge';
import { figureText } from '../shared/config-form';
import { FieldMessages } from '../shared/FieldMessages';
import { InlineNumber } from '../shared/InlineNumber';
import { SentenceWithInputs } from '../shared/SentenceWithInputs';
import { CRITERIA_RULES, criteriaValue, fieldOfSlot, slotOf, type CriteriaField, type CriteriaFormValues } from './criteria-form';
import { GRADE_OF_RULE, RULE_SENTENCE, ruleLabel } from './criteria-summary';

/** Days and months are whole numbers; money, years and scores may have decimals. */
const WHOLE: ReadonlySet<string> = new Set(['payment.stableMaxDays', 'payment.relativelyStableMaxDays', 'payment.unstableMaxDays', 'payment.lookbackMonths']);

/**
 * The criteria as the rules read in PRODUCT.md §2, in the order they are evaluated, each figure an
 * input inside its sentence. A figure that belongs to another rule (B's "overdue more than 365
 * days" is the unstable band's end) is shown as text and edited where it belongs.
 */
export function CriteriaRules({ form, errors }: { form: UseFormReturnType<CriteriaFormValues>; errors: FieldErrors }) {
  const t = useT();
  const labelOf = (field: string) => t(`gradingRules.criteria.field.${slotOf(field as CriteriaField)}`);
  return (
    <Stack gap={0} data-testid="criteria-rules">
      {CRITERIA_RULES.map(({ rule, fields }, i) => {
        const own = fields as readonly string[];
        const grade = GRADE_OF_RULE[rule];
        return (
          <Fragment key={rule}>
            {i > 0 && <Divider />}
            <Group align="flex-start" wrap="nowrap" py="xs" role="group" aria-label={ruleLabel(rule, t)}>
              <Box w={96} pt={8} style={{ flexShrink: 0 }}>
                {grade ? (
                  <GradeBadge grade={grade} size="lg" />
                ) : (
                  <Text size="sm" fw={600}>
                    {ruleLabel(rule, t)}
                  </Text>
                )}
              </Box>
              <Box style={{ flex: 1 }}>
                <SentenceWithInputs
                  template={t(RULE_SENTENCE[rule])}
                  fill={(slot) => {
                    const field = fieldOfSlot(slot);
                    if (!field) return slot;
                    if (!own.includes(field))
                      return (
                        <Text span fw={600} fz="sm">
                          {figureText(criteriaValue(form.values, field), t('gradingRules.blank'))}
                        </Text>
                      );
                    return (
                      <InlineNumber
                        inputProps={form.getInputProps(field)}
                        path={field}
                        label={labelOf(field)}
                        errors={errors}
                        scope="criteria"
                        allowDecimal={!WHOLE.has(field)}
                      />
                    );
                  }}
                />
                <FieldMessages scope="criteria" errors={errors} fields={own} labelOf={labelOf} />
              </Box>
            </Group>
          </Fragment>
        );
      })}
    </Stack>
  );
}
