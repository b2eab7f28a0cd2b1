import { classificationName } from '../../../core/classification';
import type { Locale } from '../../../core/locale';
import type { Dossier } from '../../../data/reports';
import type { MessageKey } from '../../../i18n';
import { customerLevelLabel, customerStatusLabel, customerTypeLabel, departmentLabel, interactionKindLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { KeepTogether, ReportHeading, ReportNote, ReportTitle } from '../../../ui/print/PrintSheet';
import { FieldTable, ReportTable, type ReportColumn } from '../../../ui/print/ReportTable';
import { gradingReasons } from '../../customer-detail';
import { joinList, outstandingWan } from '../../../ui/format';
import type { ReportFormat } from '../report-format';
import { ComplaintsTable } from './ComplaintsTable';
import { AttachmentsSection, dossierPlace } from '../AttachmentsSection';

/** A part of the dossier listing records: its heading, then the records as a table, or a note that there are none. */
function RecordSection<T extends { id: string }>({
  title,
  none,
  rows,
  columns,
  testId,
}: {
  title: string;
  none: string;
  rows: readonly T[];
  columns: readonly ReportColumn<T>[];
  testId?: string;
}) {
  return (
    <>
      <ReportHeading>{title}</ReportHeading>
      {rows.length === 0 ? <ReportNote>{none}</ReportNote> : <ReportTable label={title} testId={testId} rows={rows} rowKey={(r) => r.id} columns={columns} />}
    </>
  );
}

/**
 * 客户档案: one customer on paper — the archive card, contacts, grade history with the sentence
 * that decided each grade, business figures and receivables, complaints, recent interactions, and
 * the files of the customer and of its records.
 * Every section prints, an empty one says so (a blank section would read as "forgot to print").
 */
export function DossierReport({ dossier, title, format, locale }: { dossier: Dossier; title: string; format: ReportFormat; locale: Locale }) {
  const t = useT();
  const c = dossier.customer;
  const list = (items: readonly string[]) => (items.length === 0 ? '—' : joinList(items, locale));
  const none = (key: MessageKey) => <ReportNote>{t(key)}</ReportNote>;
  return (
    <>
      <ReportTitle title={title} subtitle={t('reports.dossier.subtitle', { count: dossier.interactions.length })} />
      <KeepTogether>
        <ReportHeading>{t('reports.dossier.card')}</ReportHeading>
        <FieldTable
          label={t('reports.dossier.card')}
          rows={[
            [t('field.name'), c.name],
            [t('field.shortName'), c.shortName || '—'],
            [t('field.level'), t(customerLevelLabel(c.level))],
            [t('field.type'), t(customerTypeLabel(c.type))],
            [t('field.fields'), list(c.fields)],
            [t('field.region'), c.region || '—'],
            [t('field.address'), c.address || '—'],
            [t('field.cooperationStart'), format.day(c.cooperationStart)],
            [t('field.status'), t(customerStatusLabel(c.status))],
            // The record's own level (not a print mark: the page header and the title block carry the one chosen for this print).
            [t('reports.dossier.recordClassification'), classificationName(c.classification)],
            [t('field.managerName'), c.managerName || '—'],
            [t('reports.col.grade'), c.grade ? t('reports.dossier.gradeOn', { grade: c.grade, day: format.day(c.gradedOn) }) : t('grade.none')],
            [t('field.tags'), list(c.tags)],
            [t('field.notes'), c.notes || '—'],
          ]}
        />
      </KeepTogether>

      <RecordSection
        title={t('reports.dossier.contacts')}
        none={t('reports.dossier.noContacts')}
        rows={dossier.contacts}
        columns={[
          {
            key: 'name',
            header: t('field.contacts.name'),
            cell: (r) => (r.primary ? `${r.name}${t('reports.dossier.primaryMark')}` : r.name),
            wrap: 'never',
          },
          { key: 'title', header: t('field.contacts.title'), cell: (r) => r.title || '—', wrap: 'words' },
          { key: 'dept', header: t('field.department'), cell: (r) => r.department || '—', wrap: 'words' },
          { key: 'phones', header: t('field.phones'), cell: (r) => list(r.phones), wrap: 'words' },
          { key: 'notes', header: t('field.notes'), cell: (r) => r.notes || '—', width: '30%' },
        ]}
      />

      <RecordSection
        title={t('reports.dossier.grades')}
        none={t('reports.dossier.noGrades')}
        testId="dossier-grades"
        rows={dossier.grades}
        columns={[
          { key: 'date', header: t('gradeHistory.evaluationDate'), cell: (r) => format.day(r.evaluationDate), wrap: 'never' },
          {
            key: 'grade',
            header: t('reports.col.grade'),
            cell: (r) => (r.previousGrade && r.previousGrade !== r.finalGrade ? `${r.previousGrade} → ${r.finalGrade}` : r.finalGrade),
            wrap: 'never',
          },
          {
            key: 'reason',
            header: t('gradeHistory.reason'),
            cell: (r) => {
              const sentence = gradingReasons(r, t, locale).sentence;
              return r.override ? `${sentence} ${t('gradeHistory.override', { grade: r.override.grade, reason: r.override.reason })}` : sentence;
            },
          },
          { key: 'by', header: t('gradeHistory.approvedBy'), cell: (r) => r.run.approvedBy ?? '—', wrap: 'never' },
        ]}
      />

      <RecordSection
        title={t('reports.dossier.benefits')}
        none={t('reports.dossier.noBenefits')}
        rows={dossier.benefits}
        columns={[
          { key: 'year', header: t('field.year'), cell: (r) => r.year, wrap: 'never' },
          { key: 'contract', header: t('field.contractWan'), cell: (r) => format.wan(r.contractWan), numeric: true },
          { key: 'benefit', header: t('field.benefitWan'), cell: (r) => format.wan(r.benefitWan), numeric: true },
        ]}
      />
      <RecordSection
        title={t('reports.dossier.settlements')}
        none={t('reports.dossier.noSettlements')}
        rows={dossier.settlements}
        columns={[
          { key: 'due', header: t('field.settlements.dueDate'), cell: (r) => format.day(r.dueDate), wrap: 'never' },
          { key: 'receivable', header: t('field.receivableWan'), cell: (r) => format.wan(r.receivableWan), numeric: true },
          { key: 'paidDate', header: t('field.paidDate'), cell: (r) => format.day(r.paidDate), wrap: 'never' },
          { key: 'paid', header: t('field.amountPaidWan'), cell: (r) => format.wan(r.amountPaidWan), numeric: true },
          { key: 'open', header: t('reports.col.outstanding'), cell: (r) => format.wan(outstandingWan(r)), numeric: true },
        ]}
      />

      <ReportHeading>{t('reports.dossier.complaints')}</ReportHeading>
      {dossier.complaints.length === 0 ? none('reports.dossier.noComplaints') : <ComplaintsTable rows={dossier.complaints} format={format} />}

      <RecordSection
        title={t('reports.dossier.interactions')}
        none={t('reports.dossier.noInteractions')}
        rows={dossier.interactions}
        columns={[
          { key: 'date', header: t('field.date'), cell: (r) => format.day(r.date), wrap: 'never' },
          { key: 'kind', header: t('field.kind'), cell: (r) => t(interactionKindLabel(r.kind)), wrap: 'never' },
          {
            key: 'depts',
            header: t('field.departments'),
            cell: (r) => list(r.departments.map((d) => t(departmentLabel(d)))),
            wrap: 'words',
          },
          { key: 'summary', header: t('field.summary'), cell: (r) => r.summary },
          { key: 'people', header: t('field.participants'), cell: (r) => list(r.participants), wrap: 'words' },
        ]}
      />

      <AttachmentsSection rows={dossier.attachments} place={(p) => dossierPlace(p, t, format)} format={format} testId="dossier-attachments" />
    </>
  );
}
