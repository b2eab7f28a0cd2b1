import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from './Link';
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

/** A record's page whose record does not exist (a stale link): said as the page's title, with the way back to its list. */
export function MissingRecord({ title, back }: { title: string; back: { href: string; label: string } }) {
  return (
    <Stack align="flex-start">
      <Title order={2}>{title}</Title>
      <Link href={back.href}>{back.label}</Link>
    </Stack>
  );
}
