import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { formatIsoDay, normaliseDayText } from '../../../core/format';
import { ValidationError } from '../../../core/validation';
import type { CustomerRecord } from '../../../data/customers';
import { assessmentOf, assessmentYearOf, draftGrading, previewGrading } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { DayInput } from '../../../ui/DayInput';
import { todayIso } from '../../../ui/format';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { EvaluationFigures } from './EvaluationFigures';
import { GradingResult } from './GradingResult';
import { ScoringForm } from './ScoringForm';

/**
 * 本次评定: the customer graded on a chosen day (today unless changed) without writing anything —
 * the figures, the scoring table with the manager's scores, the total, the grade and why — live, so
 * a saved score or a new receivable shows at once. 提交定级 turns it into a draft for approval.
 */
export function Evaluation({ customer, hasDraft }: { customer: CustomerRecord; hasDraft: boolean }) {
  const t = useT();
  const { db } = useArchive();
  const run = useAction();
  const [dateText, setDateText] = useState(() => todayIso());
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const day = normaliseDayText(dateText);
  const valid = formatIsoDay(day, 'zh-CN') !== '';
  const year = valid ? assessmentYearOf(day) : null;
  const preview = useLiveQuery(async () => {
    if (!valid) return null;
    // Deleted a moment ago (the page turns read-only on its next render): nothing to preview.
    const result = await previewGrading(db, customer.id, day).catch((error: unknown) => {
      if (error instanceof ValidationError) return null;
      throw error;
    });
    return { day, result };
  }, [db, customer.id, day, valid]);
  const saved = useLiveQuery(
    async () => (year === null ? null : { year, record: (await assessmentOf(db, customer.id, year)) ?? null }),
    [db, customer.id, year],
  );
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  // A new day of the same year keeps the form (and what is typed in it) while its preview loads.
  const result = preview?.result;
  const assessment = saved && saved.year === year ? saved : undefined;

  const submit = async () => {
    setSubmitting(true);
    await run((ctx) => draftGrading(db, { evaluationDate: day, customerId: customer.id }, ctx), 'gradingCustomer.submit.done');
    setSubmitting(false);
  };

  return (
    <Card withBorder component="section" aria-labelledby="evaluation-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id="evaluation-title">
            {t('gradingCustomer.evaluation.title')}
          </Title>
          <DayInput
            label={t('gradingCustomer.evaluation.date')}
            value={dateText}
            onChange={setDateText}
            w={220}
            error={valid ? undefined : t('validation.date')}
          />
        </Group>
        {!valid ? null : !result || !assessment ? (
          <Loader size="sm" aria-label={t('gradingCustomer.loading')} />
        ) : (
          <>
            <EvaluationFigures evaluation={result} cooperationStart={customer.cooperationStart} />
            <ScoringForm
              key={`${assessment.year}-${result.template.version}`}
              customerId={customer.id}
              year={assessment.year}
              template={result.template}
              evaluation={result}
              saved={assessment.record}
              onDirtyChange={onDirtyChange}
            />
            <GradingResult evaluation={result} />
            <Group gap="sm">
              <Button leftSection={<IconSend size={16} />} onClick={submit} loading={submitting} disabled={dirty}>
                {t(hasDraft ? 'gradingCustomer.submit.again' : 'gradingCustomer.submit')}
              </Button>
              <Text size="sm" c="dimmed">
                {t(dirty ? 'gradingCustomer.submit.saveFirst' : hasDraft ? 'gradingCustomer.submit.replaces' : 'gradingCustomer.submit.hint')}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
