import { Button, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/react';

/** A path no section knows (a stale link, a hand-typed address). */
export function NotFound({ onHome }: { onHome: () => void }) {
  const t = useT();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t('notFound.title')}</Title>
      <Text c="dimmed">{t('notFound.body')}</Text>
      <Button onClick={onHome}>{t('notFound.home')}</Button>
    </Stack>
  );
}
