import { classificationName } from '../../core/classification';
import type { AttachmentPlace, ReportAttachment } from '../../data/reports';
import { attachmentKindLabel, zeroingItemLabel } from '../../i18n/enum-labels';
import { attachmentPlaceLabel } from '../../ui/attachments';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { KeepTogether, ReportHeading, ReportNote } from '../../ui/print/PrintSheet';
import { ReportTable } from '../../ui/print/ReportTable';
import type { ReportFormat } from './report-format';

/** What a dossier calls the record a file belongs to: the same words as the 附件 tab (ui/attachments). */
export function dossierPlace(place: AttachmentPlace, t: Translate, format: ReportFormat): string {
  return attachmentPlaceLabel(place, t, format.day);
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
