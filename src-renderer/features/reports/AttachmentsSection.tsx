import { classificationName } from '../../core/classification';
import type { AttachmentPlace, ReportAttachment } from '../../data/reports';
import { attachmentKindLabel, recordKindLabel, zeroingItemLabel } from '../../i18n/enum-labels';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { KeepTogether, ReportHeading, ReportNote } from '../../ui/print/PrintSheet';
import { ReportTable } from '../../ui/print/ReportTable';
import type { ReportFormat } from './report-format';

/**
 * What a dossier calls the record a file belongs to: 客户, 往来记录 and its day, 需求 and its title,
 * 投诉 and its number, or a complaint's zeroing item by its name.
 */
export function dossierPlace(place: AttachmentPlace, t: Translate, format: ReportFormat): string {
  switch (place.kind) {
    case 'customers':
      return t(recordKindLabel('customers'));
    case 'interactions':
      return t('reports.attachments.ofInteraction', { day: format.day(place.date) });
    case 'requirements':
      return t('reports.attachments.ofRequirement', { title: place.title });
    case 'complaints':
      return place.zeroingItem
        ? t('reports.attachments.ofZeroingItem', { number: place.number, item: t(zeroingItemLabel(place.zeroingItem)) })
        : t('reports.attachments.ofComplaint', { number: place.number });
  }
}

/** What a zeroing report calls the record a file belongs to: the zeroing item, or the complaint itself. */
export function zeroingPlace(place: AttachmentPlace, t: Translate): string {
  return place.kind === 'complaints' && place.zeroingItem ? t(zeroingItemLabel(place.zeroingItem)) : t('reports.attachments.complaintOwn');
}

/**
 * 附件 of a printed report (issue 18.6): each file's title, kind, mark, file name, the day it was
 * added and the record it belongs to; a report without files says so in one line.
 */
export function AttachmentsSection({
  rows,
  place,
  format,
  testId,
}: {
  rows: readonly ReportAttachment[];
  place: (place: AttachmentPlace) => string;
  format: ReportFormat;
  testId: string;
}) {
  const t = useT();
  const heading = t('reports.attachments.heading');
  // On one page with its heading when it fits (a long list still runs on, its header repeated).
  return (
    <KeepTogether>
      <ReportHeading>{heading}</ReportHeading>
      {rows.length === 0 ? (
        <ReportNote>{t('reports.attachments.none')}</ReportNote>
      ) : (
        <ReportTable
          label={heading}
          testId={testId}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { key: 'title', header: t('attachments.field.title'), cell: (r) => r.title },
            { key: 'kind', header: t('attachments.field.kind'), cell: (r) => t(attachmentKindLabel(r.kind)), wrap: 'never' },
            { key: 'mark', header: t('attachments.field.classification'), cell: (r) => classificationName(r.classification), wrap: 'never' },
            { key: 'file', header: t('attachments.field.fileName'), cell: (r) => r.fileName, width: '24%' },
            { key: 'added', header: t('reports.attachments.addedOn'), cell: (r) => format.dateOf(r.addedAt), wrap: 'never' },
            { key: 'record', header: t('attachments.field.record'), cell: (r) => place(r.place), wrap: 'words' },
          ]}
        />
      )}
    </KeepTogether>
  );
}
