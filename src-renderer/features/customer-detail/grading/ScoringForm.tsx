import { Button, Checkbox, Group, NumberInput, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { scoreText, type CustomerEvaluation, type ScoringItem, type ScoringTemplate } from '../../../core/grading';
import type { AssessmentRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { useFormat } from '../../../ui/hooks/use-format';
import { itemExplanation, itemGuide, itemLabel } from './grading-text';
import { useAssessmentForm } from './use-assessment-form';
import { keepEnterInField } from '../../../ui/form-keys';
import { FormErrors } from '../../../ui/FormModal';
import { TableHead } from '../../../ui/TableHead';

interface ScoringFormProps {
  customerId: string;
  year: number;
  template: ScoringTemplate;
  evaluation: CustomerEvaluation;
  saved: AssessmentRecord | null;
  /** Tells the page whether scores were changed and not saved yet (a grading reads the saved ones). */
  onDirtyChange: (dirty: boolean) => void;
}

const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;

/**
 * The scoring table (打分表): every item of the template with its points and why. Objective items are
 * computed from the archive; subjective ones are entered here, each with its scoring guide, together
 * with the 业务沟通困难 mark and a note, and saved as the customer's assessment of the year.
 */
export function ScoringForm({ customerId, year, template, evaluation, saved, onDirtyChange }: ScoringFormProps) {
  const t = useT();
  const { locale } = useFormat();
  const { form, submit, saving, formErrors } = useAssessmentForm(customerId, year, template, saved);
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const scores = new Map(evaluation.score.items.map((s) => [s.itemId, s]));

  const pointsCell = (item: ScoringItem) => {
    const max = scoreText(item.maxPoints);
    if (item.kind === 'subjective') {
      return (
        <Group gap={6} wrap="nowrap">
          <NumberInput
            size="xs"
            w={84}
            min={0}
            max={item.maxPoints}
            // Out-of-range input is kept as typed so the repository refuses it with its message.
            clampBehavior="none"
            decimalScale={2}
            hideControls
            aria-label={t('gradingCustomer.scores.input', { label: itemLabel(item, t, locale), max })}
            aria-describedby={`guide-${item.id}`}
            {...form.getInputProps(`entries.${item.id}`)}
          />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            / {max}
          </Text>
        </Group>
      );
    }
    return (
      <Text size="sm" style={NUMERIC}>
        {scoreText(scores.get(item.id)?.points ?? 0)} / {max}
      </Text>
    );
  };

  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate aria-labelledby="scoring-title">
      <Stack gap="sm">
        <Text fw={600} id="scoring-title">
          {t('gradingCustomer.scores.title', { version: template.version })}
        </Text>
        <Table withTableBorder verticalSpacing="xs" data-testid="scoring-table">
          <TableHead
            cells={[
              { label: t('gradingCustomer.scores.item'), w: 170 },
              { label: t('gradingCustomer.scores.points'), w: 150 },
              t('gradingCustomer.scores.explanation'),
            ]}
          />
          <Table.Tbody>
            {template.items.map((item) => {
              const score = scores.get(item.id);
              return (
                <Table.Tr key={item.id} data-item={item.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <Text size="sm">{itemLabel(item, t, locale)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(item.kind === 'subjective' ? 'gradingCustomer.scores.subjective' : 'gradingCustomer.scores.objective')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{pointsCell(item)}</Table.Td>
                  <Table.Td>
                    {item.kind === 'subjective' ? (
                      <Text size="xs" c="dimmed" id={`guide-${item.id}`}>
                        {itemGuide(item, t, locale)}
                      </Text>
                    ) : (
                      score && <Text size="sm">{itemExplanation(item, score, evaluation.facts, t, locale)}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Checkbox
          label={t('gradingCustomer.scores.communicationDifficult')}
          description={t('gradingCustomer.scores.communicationDifficultHint')}
          {...form.getInputProps('communicationDifficult', { type: 'checkbox' })}
        />
        <Textarea label={t('gradingCustomer.scores.note')} autosize minRows={1} maxRows={4} {...form.getInputProps('note')} />
        <FormErrors messages={formErrors} />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {t('gradingCustomer.scores.save')}
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed">
              {t('gradingCustomer.scores.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
