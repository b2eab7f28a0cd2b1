import { Group, Table, Text } from '@mantine/core';
import type { ScoringTemplate } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { scoringParts } from './template-text';
import { TableHead } from '../../../ui/TableHead';

/** A saved scoring template, read-only: what a grading of that version scored. */
export function TemplateView({ template }: { template: ScoringTemplate }) {
  const t = useT();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <TableHead
        cells={[
          t('gradingRules.template.col.label'),
          { label: t('gradingRules.template.col.kind'), w: 80 },
          { label: t('gradingRules.template.col.max'), w: 80, ta: 'right' },
          t('gradingRules.template.col.scoring'),
        ]}
      />
      <Table.Tbody>
        {template.items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{item.label}</Table.Td>
            <Table.Td>{t(`gradingRules.template.kind.${item.kind}`)}</Table.Td>
            <Table.Td ta="right">{item.maxPoints}</Table.Td>
            <Table.Td>
              <Group gap="md" wrap="wrap">
                {scoringParts(item, t).map((part) => (
                  <Text key={part} span fz="sm">
                    {part}
                  </Text>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
