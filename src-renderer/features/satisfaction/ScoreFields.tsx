import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import type { QuestionnaireTemplate } from '../../core/complaints';
import { useT } from '../../i18n/react';

/** Scores as the form holds them: dimension id → '1'…'N', or '' when not asked. */
export type ScoreValues = Record<string, string>;

/** The answered scores as numbers (a dimension not asked is left out, not sent as 0). */
export function answeredScores(values: ScoreValues): Record<string, number> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, Number(v)]),
  );
}

/**
 * One row per dimension of the questionnaire version: 未评 or 1…scaleMax as a segmented choice
 * (a radio group named by the dimension's label). `error` is the repository's message for the
 * scores (none answered, one out of range).
 */
export function ScoreFields({
  template,
  values,
  onChange,
  error,
}: {
  template: QuestionnaireTemplate;
  values: ScoreValues;
  onChange: (next: ScoreValues) => void;
  error?: string;
}) {
  const t = useT();
  const choices = [
    { value: '', label: t('satisfaction.form.notAsked') },
    ...Array.from({ length: template.scaleMax }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  ];
  return (
    <Input.Wrapper label={t('satisfaction.form.scores')} description={t('satisfaction.form.scoresHint', { max: template.scaleMax })} error={error}>
      <Stack gap={6} mt={6}>
        {template.dimensions.map((d) => (
          <div key={d.id} style={{ display: 'grid', gridTemplateColumns: '7em 1fr', alignItems: 'center', gap: 8 }}>
            <Text size="sm" id={`score-label-${d.id}`}>
              {d.label}
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={`score-label-${d.id}`}
              data={choices}
              value={values[d.id] ?? ''}
              onChange={(v) => onChange({ ...values, [d.id]: v })}
            />
          </div>
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
