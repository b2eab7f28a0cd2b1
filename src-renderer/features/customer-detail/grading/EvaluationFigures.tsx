import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { yearsText, type CustomerEvaluation } from '../../../core/grading';
import { paymentStabilityLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { useFormat } from '../../../ui/hooks/use-format';

/** One figure: what it is, its value, and where it comes from or what it rests on. */
function Figure({ label, value, detail, testId }: { label: string; value: ReactNode; detail?: string; testId: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The figures a grading reads, as of the evaluation date: the 年综合效益 of the last complete year
 * (named, since a March grading reads the year before), the years of cooperation, payment stability
 * with the receivables it rests on, and the 业务沟通困难 mark.
 */
export function EvaluationFigures({ evaluation, cooperationStart }: { evaluation: CustomerEvaluation; cooperationStart: string | null }) {
  const t = useT();
  const f = useFormat();
  const { facts, payment, benefitYear } = evaluation;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" data-testid="grading-figures">
      <Figure
        testId="figure-benefit"
        label={t('gradingCustomer.figures.benefit', { year: benefitYear })}
        value={facts.annualBenefitWan === null ? t('gradingCustomer.figures.none') : f.wan(facts.annualBenefitWan)}
        detail={facts.annualBenefitWan === null ? t('gradingCustomer.figures.benefitMissing', { year: benefitYear }) : undefined}
      />
      <Figure
        testId="figure-cooperation"
        label={t('gradingCustomer.figures.cooperation')}
        value={t('gradingCustomer.figures.years', { years: yearsText(facts.cooperationYears) })}
        detail={cooperationStart ? t('gradingCustomer.figures.since', { day: f.day(cooperationStart) }) : t('gradingCustomer.figures.noStart')}
      />
      <Figure
        testId="figure-payment"
        label={t('gradingCustomer.figures.payment')}
        value={t(paymentStabilityLabel(facts.paymentStability))}
        detail={
          payment.counted > 0
            ? t('gradingCustomer.figures.paymentDetail', { days: payment.maxOverdueDays ?? 0, count: payment.counted })
            : t('gradingCustomer.figures.paymentNone')
        }
      />
      <Figure
        testId="figure-communication"
        label={t('gradingCustomer.figures.communication')}
        value={t(facts.communicationDifficult ? 'common.yes' : 'common.no')}
      />
    </SimpleGrid>
  );
}
