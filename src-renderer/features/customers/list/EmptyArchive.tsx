import { Button, Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';

/** A new archive: say what the archive is for and how to begin, with the one button that begins it (none for 查阅: `onCreate` null). */
export function EmptyArchive({ onCreate }: { onCreate: (() => void) | null }) {
  const t = useT();
  return (
    <Card withBorder padding="xl" maw={640}>
      <Stack align="flex-start" gap="md">
        <ThemeIcon size={48} radius="xl" variant="light">
          <IconAddressBook size={28} stroke={1.5} />
        </ThemeIcon>
        <Title order={3}>{t('customers.empty.title')}</Title>
        <Text>{t('customers.empty.body')}</Text>
        <Text size="sm" c="dimmed">
          {t('customers.empty.hierarchy')}
        </Text>
        {onCreate && (
          <Button leftSection={<IconPlus size={16} />} onClick={onCreate}>
            {t('customers.empty.create')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
