import type { AttachmentPlace } from '../../data/attachments';
import type { Translate } from '../../i18n';
import { recordKindLabel, zeroingItemLabel } from '../../i18n/enum-labels';

/**
 * What the record a file belongs to is called, on the 附件 tab and in the printed dossier alike:
 * 客户, 往来记录 and its day, 需求 and its title, 投诉 and its number, or a complaint's zeroing item.
 */
export function attachmentPlaceLabel(place: AttachmentPlace, t: Translate, day: (iso: string) => string): string {
  switch (place.kind) {
    case 'customers':
      return t(recordKindLabel('customers'));
    case 'interactions':
      return t('attachments.place.interaction', { day: day(place.date) });
    case 'requirements':
      return t('attachments.place.requirement', { title: place.title });
    case 'complaints':
      return place.zeroingItem
        ? t('attachments.place.zeroingItem', { number: place.number, item: t(zeroingItemLabel(place.zeroingItem)) })
        : t('attachments.place.complaint', { number: place.number });
  }
}
