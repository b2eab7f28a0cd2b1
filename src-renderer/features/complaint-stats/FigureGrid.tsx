import { Paper, SimpleGrid, Text } from '@mantine/core';

export interface Figure {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

/** The headline figures as cards: a label, the number large, a line that says what it counts. */
export function FigureGrid({ figures }: { figures: readonly Figure[] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
      {figures.map((f) => (
        <Paper key={f.id} withBorder p="sm" data-testid={`figure-${f.id}`}>
          <Text size="sm" c="dimmed">
            {f.label}
          </Text>
          <Text fw={700} size="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {f.value}
          </Text>
          {f.detail && (
            <Text size="xs" c="dimmed">
              {f.detail}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
