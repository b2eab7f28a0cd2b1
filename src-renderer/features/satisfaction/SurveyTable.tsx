import type { ListedSurvey } from '../../data/satisfaction';
import { surveySourceLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { noteColumn, RecordTable, type RecordColumn } from '../../ui/RecordTable';
import { percentText, versionName } from './satisfaction-labels';
import { useFormat } from '../../ui/hooks/use-format';
import type { ReactNode } from 'react';

/**
 * Surveys as a table: day, (customer), source, questionnaire version, overall on its scale and as a
 * percent, respondent, comment, who recorded it. The customer column only where many customers mix.
 */
export function SurveyTable({
  surveys,
  withCustomer,
  testId,
  empty,
  actions,
}: {
  surveys: readonly ListedSurvey[];
  withCustomer: boolean;
  testId: string;
  empty: string;
  actions?: (s: ListedSurvey) => ReactNode;
}) {
  const t = useT();
  const f = useFormat();
  const columns: RecordColumn<ListedSurvey>[] = [
    { header: t('satisfaction.col.date'), w: 130, cell: (s) => f.day(s.date) },
    ...(withCustomer ? [{ header: t('satisfaction.col.customer'), cell: (s: ListedSurvey) => s.customerName }] : []),
    { header: t('satisfaction.col.source'), w: 90, cell: (s) => t(surveySourceLabel(s.source)) },
    { header: t('satisfaction.col.questionnaire'), cell: (s) => versionName(t, { name: s.questionnaireName, version: s.questionnaireVersion }) },
    { header: t('satisfaction.col.overall'), numeric: true, w: 90, cell: (s) => t('satisfaction.overallValue', { overall: s.overall, scale: s.scaleMax }) },
    { header: t('satisfaction.col.percent'), numeric: true, w: 80, cell: (s) => percentText(s.percent, f.locale) },
    { header: t('satisfaction.col.respondent'), cell: (s) => s.respondentName || '—' },
    noteColumn(t('satisfaction.col.comment'), (s) => s.comment),
    { header: t('satisfaction.col.recordedBy'), w: 80, cell: (s) => s.recordedBy },
  ];
  return <RecordTable rows={surveys} columns={columns} rowKey={(s) => s.id} testId={testId} empty={empty} actions={actions} actionsWidth={60} />;
}
