import { Box, Card, Container } from '@mantine/core';
import type { ReactNode } from 'react';

/** A single card in the middle of the window: setup, loading and error screens. */
export function CenteredCard({ children, width = 560 }: { children: ReactNode; width?: number }) {
  return (
    <Box mih="100vh" py={48} bg="var(--mantine-color-body)">
      <Container size={width}>
        <Card withBorder shadow="sm" radius="md" p="xl">
          {children}
        </Card>
      </Container>
    </Box>
  );
}
