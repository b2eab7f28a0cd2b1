import { Card, Group, Paper, Stack, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface TitledProps {
  /** The heading's id: the section is named by it (`aria-labelledby`), so screen readers list it as a region. */
  id: string;
  title: string;
  /** The heading's own controls, on its right. */
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** The heading of a titled section, with its controls on the right when it has some. */
function Heading({ id, title, actions, size }: Pick<TitledProps, 'id' | 'title' | 'actions'> & { size: 'h4' | 'h5' }) {
  const heading = (
    <Title order={3} size={size} id={id}>
      {title}
    </Title>
  );
  if (!actions) return heading;
  return (
    <Group justify="space-between">
      {heading}
      {actions}
    </Group>
  );
}

/** A bordered section of a report page, named by its heading, with the heading's own controls on the right when it has some. */
export function TitledPanel({ id, title, actions, testId, children }: TitledProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Heading id={id} title={title} actions={actions} size="h5" />
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * A card of the dashboard or of a record's page, named by its heading: a larger heading than a
 * report's panel (`h4`; `h5` for a card inside a customer tab), its content stacked below.
 */
export function TitledCard({ id, title, actions, testId, size = 'h4', gap = 'sm', children }: TitledProps & { size?: 'h4' | 'h5'; gap?: MantineSpacing }) {
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap={gap}>
        <Heading id={id} title={title} actions={actions} size={size} />
        {children}
      </Stack>
    </Card>
  );
}
