import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DbOpenFailure } from '../data/db';
import { useT } from '../i18n/react';
import { CenteredCard } from './CenteredCard';

/** Shown when the database cannot be opened: explain, keep the data, offer a retry and a restore. Never reset. */
export function DbErrorScreen({ failure, onRetry, restoreAction }: { failure: DbOpenFailure; onRetry: () => void; restoreAction: ReactNode }) {
  const t = useT();
  return (
    <CenteredCard width={640}>
      <Stack>
        <Group gap="sm">
          <IconDatabaseOff size={28} color="var(--mantine-color-red-7)" />
          <Title order={1} size="h3">
            {t('dbError.title')}
          </Title>
        </Group>
        <Alert color="red" variant="light">
          <Text>{t(`dbError.${failure.code}`)}</Text>
          <Text mt="xs" fw={600}>
            {t('dbError.keep')}
          </Text>
        </Alert>
        <Text size="sm">{t('dbError.restoreHint')}</Text>
        <Text size="sm" c="dimmed">
          {t('dbError.detail')}
        </Text>
        <Code block>{failure.detail}</Code>
        <Group justify="flex-end">
          {restoreAction}
          <Button onClick={onRetry}>{t('dbError.retry')}</Button>
        </Group>
      </Stack>
    </CenteredCard>
  );
}
