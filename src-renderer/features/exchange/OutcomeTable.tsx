import { Table } from '@mantine/core';
import type { MergeOutcome } from '../../core/exchange/merge';
import type { OutcomeCounts } from '../../data/exchange';
import { useT } from '../../i18n/react';
import { kindName } from './kind-label';

/** Columns in the order the user decides by: what arrives, what changes, what needs a look. */
const COLUMNS: MergeOutcome[] = ['new', 'updated', 'conflict', 'unchanged', 'older'];

/** Per record kind × outcome: the preview of an import, and later its report. */
export function OutcomeTable({ counts, total, testId }: { counts: Partial<Record<string, OutcomeCounts>>; total: OutcomeCounts; testId: string }) {
  const t = useT();
  const kinds = Object.entries(counts).filter((entry): entry is [string, OutcomeCounts] => entry[1] !== undefined);
  return (
    <Table withTableBorder striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('exchange.preview.kind')}</Table.Th>
          {COLUMNS.map((c) => (
            <Table.Th key={c} ta="right">
              {t(`exchange.outcome.${c}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {kinds.map(([kind, row]) => (
          <Table.Tr key={kind}>
            <Table.Td>{kindName(kind, t)}</Table.Td>
            {COLUMNS.map((c) => (
              <Table.Td key={c} ta="right" c={c === 'conflict' && row[c] > 0 ? 'red' : undefined}>
                {row[c]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr fw={600}>
          <Table.Td>{t('exchange.preview.total')}</Table.Td>
          {COLUMNS.map((c) => (
            <Table.Td key={c} ta="right">
              {total[c]}
            </Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
