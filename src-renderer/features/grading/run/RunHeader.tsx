import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { DEFAULT_TEMPLATE } from '../../../core/grading';
import type { GradeRunRecord } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { Link } from '../../../ui/Link';
import { ToneBadge } from '../../../ui/ToneBadge';
import { gradeRunStatusLabel } from '../../../i18n/enum-labels';
import { STATUS_COLOR } from '../grading-labels';
import { useFormat } from '../../../ui/hooks/use-format';

/** The criteria's default is version 0 (never stored: data/grading/config); the template's is its own `version`. */
const DEFAULT_CRITERIA_VERSION = 0;

function Fact({ label, children, testId }: { label: string; children: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/**
 * What a run is: when it graded, which year's benefit it read, with which rules, where it stands;
 * on a draft the two decisions a department head makes (批准 / 放弃), each shown only with its handler
 * (null: the user may not, e.g. 查阅).
 */
export function RunHeader({
  run,
  customerName,
  supersededEntries,
  onApprove,
  onDiscard,
}: {
  run: GradeRunRecord;
  customerName: string | null;
  /** Entries of this draft closed by a newer approved run (known once the entries are read). */
  supersededEntries: number;
  onApprove: (() => void) | null;
  onDiscard: (() => void) | null;
}) {
  const t = useT();
  const f = useFormat();
  const version = (v: number, defaultVersion: number) =>
    t(v === defaultVersion ? 'gradingSection.run.versionDefault' : 'gradingSection.run.version', { version: v });
  const title = run.kind === 'single' ? t('gradingSection.run.titleSingle', { name: customerName ?? '—' }) : t('gradingSection.run.titleBatch');
  return (
    <Stack gap="sm">
      <Link href="#/grading" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('gradingSection.run.back')}
        </Group>
      </Link>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={2}>{title}</Title>
          <ToneBadge size="lg" color={STATUS_COLOR[run.status]} data-testid="run-status">
            {t(gradeRunStatusLabel(run.status))}
          </ToneBadge>
        </Group>
        {run.status === 'draft' && (onApprove || onDiscard) && (
          <Group gap="xs">
            {onDiscard && (
              <Button variant="default" color="red" onClick={onDiscard}>
                {t('gradingSection.discard.open')}
              </Button>
            )}
            {onApprove && <Button onClick={onApprove}>{t('gradingSection.approve.open')}</Button>}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        <Fact label={t('gradingSection.run.evaluationDate')} testId="run-date">
          {f.day(run.evaluationDate)}
        </Fact>
        <Fact label={t('gradingSection.run.benefitYear')}>{t('gradingSection.run.year', { year: run.benefitYear })}</Fact>
        <Fact label={t('gradingSection.run.templateVersion')}>{version(run.templateVersion, DEFAULT_TEMPLATE.version)}</Fact>
        <Fact label={t('gradingSection.run.criteriaVersion')}>{version(run.criteriaVersion, DEFAULT_CRITERIA_VERSION)}</Fact>
        {run.status === 'approved' ? (
          <Fact label={t('gradingSection.run.approval')} testId="run-approval">
            {t('gradingSection.runs.approvedBy', { name: run.approvedBy ?? '—', when: f.instant(run.approvedAt) })}
          </Fact>
        ) : (
          <Fact label={t('gradingSection.run.note')}>{run.note || '—'}</Fact>
        )}
      </SimpleGrid>
      {run.status === 'approved' && (run.note || run.approvalNote) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {run.note && (
            <Fact label={t('gradingSection.run.note')} testId="run-note">
              {run.note}
            </Fact>
          )}
          {run.approvalNote && (
            <Fact label={t('gradingSection.run.approvalNote')} testId="run-approval-note">
              {run.approvalNote}
            </Fact>
          )}
        </SimpleGrid>
      )}
      {run.status === 'draft' && (
        <Alert variant="light" color="yellow" py="xs">
          {t('gradingSection.run.draftNotice')}
        </Alert>
      )}
      {run.status === 'draft' && supersededEntries > 0 && (
        <Alert variant="light" color="gray" py="xs" data-testid="run-partly-superseded">
          {t('gradingSection.run.partlySuperseded', { count: supersededEntries })}
        </Alert>
      )}
      {run.status === 'superseded' && (
        <Alert variant="light" color="gray" py="xs" data-testid="run-superseded">
          <Stack gap={4}>
            <Text size="sm">{t('gradingSection.run.supersededNotice')}</Text>
            {run.supersededBy && (
              <Link href={`#/grading/runs/${run.supersededBy}`} size="sm">
                {t('gradingSection.run.supersededBy')}
              </Link>
            )}
          </Stack>
        </Alert>
      )}
      {run.status === 'discarded' && (
        <Alert variant="light" color="gray" py="xs">
          {t('gradingSection.run.discardedNotice')}
        </Alert>
      )}
    </Stack>
  );
}
