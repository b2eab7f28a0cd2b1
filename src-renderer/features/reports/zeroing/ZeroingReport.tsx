import { MANAGEMENT_ZEROING_ITEMS, TECHNICAL_ZEROING_ITEMS, zeroingStatus, type ZeroingItemId } from '../../../core/complaints';
import type { Locale } from '../../../core/locale';
import type { ZeroingReportData } from '../../../data/reports';
import { complaintCategoryLabel, complaintSeverityLabel, complaintStatusLabel, zeroingItemLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { KeepTogether, ReportHeading, ReportNote, ReportTitle, useSheetMark } from '../../../ui/print/PrintSheet';
import { FieldTable, ReportTable } from '../../../ui/print/ReportTable';
import { joinList } from '../../../ui/format';
import type { ReportFormat } from '../report-format';
import { AttachmentsSection, zeroingPlace } from '../AttachmentsSection';

export interface Signatures {
  preparedBy: string;
  reviewedBy: string;
  approvedBy: string;
}

/**
 * 质量问题归零报告 of one complaint: the cover (number, customer, product, the mark the report is
 * printed under — the page header's, not the customer record's —, who prepared, reviewed and approved the report) and the "double five" — the five
 * technical and five management items, each with its evidence, who confirmed it and when. An item
 * not confirmed yet prints as such: the report never looks more complete than the record. Then the
 * files of the complaint and of its items (附件), each labelled with the item it is evidence for.
 */
export function ZeroingReport({
  data,
  signatures,
  title,
  format,
  locale,
}: {
  data: ZeroingReportData;
  signatures: Signatures;
  title: string;
  format: ReportFormat;
  locale: Locale;
}) {
  const t = useT();
  const mark = useSheetMark();
  const { complaint: c, customer, contact, handler } = data;
  const status = zeroingStatus(c.zeroing);
  const items = (ids: readonly ZeroingItemId[], label: string, testId: string) => (
    <KeepTogether>
      <ReportHeading>{label}</ReportHeading>
      <ReportTable
        label={label}
        testId={testId}
        rows={ids}
        rowKey={(id) => id}
        columns={[
          { key: 'item', header: t('reports.zeroing.item'), cell: (id) => t(zeroingItemLabel(id)), width: '14%', wrap: 'words' },
          { key: 'evidence', header: t('reports.zeroing.evidence'), cell: (id) => c.zeroing?.[id]?.evidence ?? t('reports.zeroing.notConfirmed') },
          { key: 'by', header: t('reports.zeroing.confirmedBy'), cell: (id) => c.zeroing?.[id]?.confirmedBy ?? '—', wrap: 'never' },
          { key: 'at', header: t('reports.zeroing.confirmedAt'), cell: (id) => format.instant(c.zeroing?.[id]?.confirmedAt), wrap: 'never' },
        ]}
      />
    </KeepTogether>
  );
  const blank = (name: string) => name.trim() || '　';
  return (
    <>
      <ReportTitle title={title} subtitle={c.number} />
      <KeepTogether>
        <ReportHeading>{t('reports.zeroing.cover')}</ReportHeading>
        <FieldTable
          label={t('reports.zeroing.cover')}
          rows={[
            [t('reports.col.complaintNumber'), c.number],
            [t('reports.col.customer'), customer?.name ?? '—'],
            [t('reports.col.product'), c.product || '—'],
            [t('field.classification'), <span data-testid="zeroing-cover-mark">{mark ?? '—'}</span>],
            [t('reports.col.category'), t(complaintCategoryLabel(c.category))],
            [t('reports.col.severity'), t(complaintSeverityLabel(c.severity))],
            [t('reports.col.received'), format.instant(c.receivedAt)],
            [t('reports.col.status'), t(complaintStatusLabel(c.status))],
            [t('reports.col.department'), c.department || '—'],
            [t('reports.zeroing.handler'), handler?.name ?? '—'],
            [t('reports.zeroing.contact'), contact?.name ?? '—'],
            [t('reports.col.description'), c.description || '—'],
            [t('reports.zeroing.request'), c.request || '—'],
          ]}
        />
        <ReportTable
          label={t('reports.zeroing.signatures')}
          testId="zeroing-signatures"
          rows={[signatures]}
          rowKey={() => 'signatures'}
          columns={[
            { key: 'prepared', header: t('reports.zeroing.preparedBy'), cell: (s) => blank(s.preparedBy) },
            { key: 'reviewed', header: t('reports.zeroing.reviewedBy'), cell: (s) => blank(s.reviewedBy) },
            { key: 'approved', header: t('reports.zeroing.approvedBy'), cell: (s) => blank(s.approvedBy) },
          ]}
        />
      </KeepTogether>
      {items(TECHNICAL_ZEROING_ITEMS, t('complaints.zeroing.technical'), 'zeroing-technical')}
      {items(MANAGEMENT_ZEROING_ITEMS, t('complaints.zeroing.management'), 'zeroing-management')}
      <ReportNote>
        {status.complete
          ? t('reports.zeroing.complete')
          : t('reports.zeroing.incomplete', {
              items: joinList(
                status.missing.map((id) => t(zeroingItemLabel(id))),
                locale,
              ),
            })}
      </ReportNote>
      <AttachmentsSection rows={data.attachments} place={(p) => zeroingPlace(p, t)} format={format} testId="zeroing-attachments" />
      {c.answer && (
        <KeepTogether>
          <ReportHeading>{t('reports.zeroing.answer')}</ReportHeading>
          <FieldTable
            label={t('reports.zeroing.answer')}
            rows={[
              [t('reports.zeroing.answerText'), c.answer.text],
              [t('reports.zeroing.answerBy'), `${c.answer.by} · ${format.instant(c.answer.at)}`],
            ]}
          />
        </KeepTogether>
      )}
    </>
  );
}
