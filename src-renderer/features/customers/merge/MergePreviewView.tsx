import { Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../../i18n/react';
import { useFormat } from '../../../ui/hooks/use-format';
import { compareRows, conflictRows, movedRows, type ReadyPreview } from './merge-text';
import { TableHead } from '../../../ui/TableHead';

/** Everything the user should see before confirming: both records, what moves, what disagrees. */
export function MergePreviewView({ preview }: { preview: ReadyPreview }) {
  const t = useT();
  const { locale } = useFormat();
  const words = { t, locale };
  const kept = preview.target.name;
  const merged = preview.source.name;
  const moved = movedRows(preview, t);
  const conflicts = conflictRows(preview, words);
  const nothingMoves = moved.every((r) => r.live + r.deleted === 0);

  return (
    <Stack gap="md" data-testid="merge-preview">
      <section aria-label={t('merge.compare.title')}>
        <Title order={3} size="h5" mb="xs">
          {t('merge.compare.title')}
        </Title>
        <Table withTableBorder withColumnBorders verticalSpacing={6} data-testid="merge-compare">
          <TableHead
            cells={[
              { label: t('merge.compare.field'), w: 110 },
              t('merge.compare.kept', { name: kept }),
              t('merge.compare.merged', { name: merged }),
              t('merge.compare.result'),
            ]}
          />
          <Table.Tbody>
            {compareRows(preview, words).map((row) => (
              <Table.Tr key={row.field}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                <Table.Td>{row.kept}</Table.Td>
                <Table.Td>{row.merged}</Table.Td>
                <Table.Td fw={row.result !== row.kept ? 600 : undefined}>{row.result}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-label={t('merge.moves.title', { name: kept })}>
        <Title order={3} size="h5" mb="xs">
          {t('merge.moves.title', { name: kept })}
        </Title>
        {nothingMoves ? (
          <Text size="sm">{t('merge.moves.none')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} data-testid="merge-moves">
            <Table.Tbody>
              {moved.map((row) => (
                <Table.Tr key={row.kind}>
                  <Table.Th scope="row" fw={500} w={160}>
                    {row.label}
                  </Table.Th>
                  <Table.Td>
                    {t('merge.moves.count', { count: row.live })}
                    {row.deleted > 0 && (
                      <Text span size="sm" c="dimmed" ml="xs">
                        {t('merge.moves.deleted', { count: row.deleted })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-label={t('merge.conflicts.title')}>
        <Title order={3} size="h5" mb="xs">
          {t('merge.conflicts.title')}
        </Title>
        {conflicts.length === 0 ? (
          <Text size="sm">{t('merge.conflicts.none')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={6} data-testid="merge-conflicts">
            <TableHead cells={[{ label: t('merge.conflicts.what'), w: 200 }, t('merge.conflicts.how')]} />
            <Table.Tbody>
              {conflicts.map((c) => (
                <Table.Tr key={c.key}>
                  <Table.Td>{c.what}</Table.Td>
                  <Table.Td>{c.how}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <Text size="sm">{t('merge.after', { kept, merged })}</Text>
    </Stack>
  );
}
