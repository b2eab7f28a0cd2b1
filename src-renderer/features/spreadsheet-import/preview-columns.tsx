import { NativeSelect, Text } from '@mantine/core';
import type { VirtualColumn } from '../../ui/VirtualTable';
import type { AnalysedRow, ImportAction, ImportGroup } from '../../data/spreadsheet-import';
import type { Translate } from '../../i18n';
import { ACTION_LABELS, problemText } from './labels';
import classes from './spreadsheet-import.module.css';

export interface PreviewRow {
  row: AnalysedRow;
  group: ImportGroup | null;
  /** This row carries its customer's fields and decision (the first row of the customer). */
  lead: boolean;
  action: ImportAction | null;
}

/** What the check column says of a row: its errors, its possible duplicates, its warnings, or that it can be imported. */
function checkOf(t: Translate, r: PreviewRow): { tone: 'error' | 'duplicate' | 'warning' | 'ok'; lines: string[] } {
  if (r.row.errors.length > 0) return { tone: 'error', lines: r.row.errors.map((p) => problemText(t, p)) };
  const warnings = (r.row.warnings ?? []).map((p) => problemText(t, p));
  const g = r.group;
  if (g && !r.lead)
    return { tone: warnings.length > 0 ? 'warning' : 'ok', lines: [t('spreadsheetImport.check.sameCustomer', { row: g.rows[0]! }), ...warnings] };
  const duplicates = [
    ...(g?.archiveMatches ?? []).map((m) =>
      t(m.reason === 'same_name' ? 'spreadsheetImport.duplicate.archiveName' : 'spreadsheetImport.duplicate.archivePinyin', { name: m.name }),
    ),
    ...(g?.fileMatch ? [t('spreadsheetImport.duplicate.file', { row: g.fileMatch.row, name: g.fileMatch.name })] : []),
  ];
  if (duplicates.length > 0) return { tone: 'duplicate', lines: [...duplicates, ...warnings] };
  return warnings.length > 0 ? { tone: 'warning', lines: warnings } : { tone: 'ok', lines: [t('spreadsheetImport.check.ok')] };
}

const TONE_CLASS = { error: classes.error, duplicate: classes.duplicate, warning: classes.warning, ok: classes.ok } as const;

export function previewColumns(t: Translate, decide: (key: string, action: ImportAction) => void, disabled: boolean): VirtualColumn<PreviewRow>[] {
  return [
    { id: 'row', header: t('spreadsheetImport.col.row'), track: '56px', minPx: 56, numeric: true, render: (r) => r.row.row },
    {
      id: 'customer',
      header: t('spreadsheetImport.col.customer'),
      track: 'minmax(160px, 1.3fr)',
      minPx: 160,
      render: (r) => <span className={classes.clip}>{r.row.values['customer.name'] ?? ''}</span>,
    },
    { id: 'contact', header: t('spreadsheetImport.col.contact'), track: 'minmax(80px, 0.6fr)', minPx: 80, render: (r) => r.row.values['contact.name'] ?? '' },
    {
      id: 'phones',
      header: t('spreadsheetImport.col.phones'),
      track: 'minmax(110px, 0.8fr)',
      minPx: 110,
      render: (r) => <span className={classes.clip}>{[...(r.row.values['contact.phones'] ?? []), ...(r.row.localPhones ?? [])].join(' ')}</span>,
    },
    {
      id: 'check',
      header: t('spreadsheetImport.col.check'),
      track: 'minmax(220px, 2fr)',
      minPx: 220,
      render: (r) => {
        const check = checkOf(t, r);
        const text = check.lines.join('；');
        return (
          <Text size="sm" className={`${classes.check} ${TONE_CLASS[check.tone]}`} title={text} data-tone={check.tone}>
            {text}
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
        if (!r.group || !r.lead || r.action === null) return null;
        const group = r.group;
        const choices: ImportAction[] = group.archiveMatches.length > 0 ? ['skip', 'update', 'create'] : ['skip', 'create'];
        return (
          <NativeSelect
            size="xs"
            aria-label={t('spreadsheetImport.col.action')}
            data={choices.map((a) => ({ value: a, label: t(ACTION_LABELS[a]) }))}
            value={r.action}
            disabled={disabled}
            onChange={(e) => decide(group.key, e.currentTarget.value as ImportAction)}
            data-testid={`import-action-${r.row.row}`}
          />
        );
      },
    },
  ];
}
