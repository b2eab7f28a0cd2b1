import { NativeSelect, Text } from '@mantine/core';
import type { BusinessRow, ImportAction, ImportKind } from '../../data/spreadsheet-import';
import type { Translate } from '../../i18n';
import type { VirtualColumn } from '../../ui/VirtualTable';
import { ACTION_LABELS, fieldLabel, problemText } from './labels';
import { FIELDS_OF, NAME_FIELD_OF, valueOf } from './sheet-kinds';
import classes from './spreadsheet-import.module.css';

export interface BusinessPreviewRow {
  row: BusinessRow;
  action: ImportAction | null;
}

/** The row's figures in words: each filled field with its label (年度：2025；年综合效益：30). */
function summaryOf(t: Translate, kind: ImportKind, row: BusinessRow): string {
  return FIELDS_OF[kind]
    .filter((f) => f !== NAME_FIELD_OF[kind])
    .flatMap((f) => {
      const value = valueOf(row.values, f);
      return value === undefined || value === null ? [] : [`${fieldLabel(t, f)}：${String(value)}`];
    })
    .join('；');
}

function checkOf(t: Translate, kind: ImportKind, row: BusinessRow): { tone: 'error' | 'duplicate' | 'warning' | 'ok'; text: string } {
  if (row.errors.length > 0) return { tone: 'error', text: row.errors.map((p) => problemText(t, p)).join('；') };
  const warnings = (row.warnings ?? []).map((p) => problemText(t, p));
  if (row.existing) {
    const key = kind === 'figures' ? 'spreadsheetImport.duplicate.year' : 'spreadsheetImport.duplicate.receivable';
    return { tone: 'duplicate', text: [t(key, { label: row.existing.label }), ...warnings].join('；') };
  }
  return warnings.length > 0 ? { tone: 'warning', text: warnings.join('；') } : { tone: 'ok', text: t('spreadsheetImport.check.ok') };
}

const TONE_CLASS = { error: classes.error, duplicate: classes.duplicate, warning: classes.warning, ok: classes.ok } as const;

export function businessColumns(
  t: Translate,
  kind: ImportKind,
  decide: (row: number, action: ImportAction) => void,
  disabled: boolean,
): VirtualColumn<BusinessPreviewRow>[] {
  return [
    { id: 'row', header: t('spreadsheetImport.col.row'), track: '56px', minPx: 56, numeric: true, render: (r) => r.row.row },
    {
      id: 'customer',
      header: t('spreadsheetImport.col.customer'),
      track: 'minmax(150px, 1fr)',
      minPx: 150,
      render: (r) => <span className={classes.clip}>{String(valueOf(r.row.values, NAME_FIELD_OF[kind]) ?? '')}</span>,
    },
    {
      id: 'figures',
      header: t('spreadsheetImport.col.figures'),
      track: 'minmax(220px, 1.8fr)',
      minPx: 220,
      render: (r) => {
        const text = summaryOf(t, kind, r.row);
        return (
          <Text size="sm" className={classes.check} title={text}>
            {text}
          </Text>
        );
      },
    },
    {
      id: 'check',
      header: t('spreadsheetImport.col.check'),
      track: 'minmax(200px, 1.6fr)',
      minPx: 200,
      render: (r) => {
        const check = checkOf(t, kind, r.row);
        return (
          <Text size="sm" className={`${classes.check} ${TONE_CLASS[check.tone]}`} title={check.text} data-tone={check.tone}>
            {check.text}
          </Text>
        );
      },
    },
    {
      id: 'action',
      header: t('spreadsheetImport.col.action'),
      track: '150px',
      minPx: 150,
      render: (r) => {
        if (r.action === null || !r.row.existing) return null;
        const choices: ImportAction[] = kind === 'figures' ? ['skip', 'update'] : ['skip', 'create'];
        return (
          <NativeSelect
            size="xs"
            aria-label={t('spreadsheetImport.col.action')}
            data={choices.map((a) => ({
              value: a,
              label: t(a === 'update' ? 'spreadsheetImport.action.updateRecord' : a === 'create' ? 'spreadsheetImport.action.createRecord' : ACTION_LABELS[a]),
            }))}
            value={r.action}
            disabled={disabled}
            onChange={(e) => decide(r.row.row, choices.find((a) => a === e.currentTarget.value) ?? 'skip')}
            data-testid={`import-action-${r.row.row}`}
          />
        );
      },
    },
  ];
}
