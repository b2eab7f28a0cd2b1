import type { DeletedItem } from '../../data/customers';
import type { Translate } from '../../i18n';
import { recordKindLabel } from '../../i18n/enum-labels';
import type { ExportTableSource } from '../../ui/ExportTableButton';
import { BIN_TABLES, describeDeleted } from './describe';

interface BinFormat {
  day: (d: string | null | undefined) => string;
  wan: (v: number | null | undefined) => string;
  instant: (iso: string | null | undefined) => string;
}

/**
 * 回收站 as one exported sheet (issue 16.4): every deleted record in the page's order (its sections, newest deletion
 * first within each), its kind first, then the sections' columns; a merged-away customer says where it went. The
 * mark comes from the customers the records belong to.
 */
export function binExport(items: readonly DeletedItem[], t: Translate, f: BinFormat): Omit<ExportTableSource, 'highest'> {
  const order = new Map(BIN_TABLES.map((table, i) => [table, i]));
  const sorted = items.toSorted((a, b) => order.get(a.table)! - order.get(b.table)!);
  return {
    columns: [t('output.register.kind'), t('recycleBin.record'), t('recycleBin.customer'), t('recycleBin.deletedBy'), t('recycleBin.deletedAt')].map(
      (header) => ({ header }),
    ),
    rows: sorted.map((item) => {
      const label = describeDeleted(item, t, f);
      return [
        t(recordKindLabel(item.table)),
        item.mergedIntoName ? `${label} ${t('merge.bin.mergedInto', { name: item.mergedIntoName })}` : label,
        item.table === 'customers' ? null : item.customerName,
        item.record.updatedBy,
        f.instant(item.record.deletedAt),
      ];
    }),
  };
}
