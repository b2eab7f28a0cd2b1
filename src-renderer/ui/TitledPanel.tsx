import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered section of a report page, named by its heading (`aria-labelledby`, so screen readers
 * list it as a region), with the heading's own controls on the right when it has some.
 */
export function TitledPanel({
  id,
  title,
  actions,
  testId,
  children,
}: {
  id: string;
  title: string;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const heading = (
    <Title order={3} size="h5" id={id}>
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        {actions ? (
          <Group justify="space-between">
            {heading}
            {actions}
          </Group>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Paper>
  );
}
