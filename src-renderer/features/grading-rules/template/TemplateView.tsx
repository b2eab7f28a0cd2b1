import { Group, Table, Text } from '@mantine/core';
import type { ScoringTemplate } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { scoringParts } from './template-text';

/** A saved scoring template, read-only: what a grading of that version scored. */
export function TemplateView({ template }: { template: ScoringTemplate }) {
  const t = useT();
  return (
    <Table withTableBorder verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('gradingRules.template.col.label')}</Table.Th>
          <Table.Th w={80}>{t('gradingRules.template.col.kind')}</Table.Th>
          <Table.Th w={80} ta="right">
            {t('gradingRules.template.col.max')}
          </Table.Th>
          <Table.Th>{t('gradingRules.template.col.scoring')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
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
