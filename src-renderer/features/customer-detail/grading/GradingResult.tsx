import { Group, Paper, Stack, Text } from '@mantine/core';
import { scoreText, type CustomerEvaluation } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { useFormat } from '../../../ui/hooks/use-format';
import { GradeReasons } from './GradeReasons';
import { gradingReasons } from './grading-text';

/** The points (objective, subjective, total), the grade they lead to, and the sentence that decided it. */
export function GradingResult({ evaluation }: { evaluation: CustomerEvaluation }) {
  const t = useT();
  const { locale } = useFormat();
  const { score } = evaluation;
  const { sentence, notes } = gradingReasons(evaluation, t, locale);
  const unscored = score.unscoredItemIds.length;
  return (
    <Paper withBorder p="md" radius="sm" data-testid="grading-result" aria-live="polite">
      <Stack gap="xs">
        <Group gap="lg" data-testid="grading-points">
          <Text size="sm">{t('gradingCustomer.result.objective', { points: scoreText(score.objectivePoints), max: scoreText(score.objectiveMaxPoints) })}</Text>
          <Text size="sm">
            {score.subjectiveScore === null
              ? t('gradingCustomer.result.subjectivePartial', { points: scoreText(score.subjectiveEnteredPoints), count: unscored })
              : t('gradingCustomer.result.subjective', { points: scoreText(score.subjectiveScore), max: scoreText(score.subjectiveMaxPoints) })}
          </Text>
          <Text size="sm" fw={600}>
            {score.totalPoints === null
              ? t('gradingCustomer.result.totalPending')
              : t('gradingCustomer.result.total', { points: scoreText(score.totalPoints), max: scoreText(score.totalMaxPoints) })}
          </Text>
        </Group>
        <GradeReasons
          label={t('gradingCustomer.result.grade')}
          grade={evaluation.decision.grade}
          sentence={sentence}
          notes={notes}
          strong
          testId="deciding-sentence"
        />
      </Stack>
    </Paper>
  );
}
