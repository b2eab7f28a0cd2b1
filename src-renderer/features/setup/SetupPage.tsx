import { Group, Stack, Text, Title } from '@mantine/core';
import { saveProfile } from '../../data/profile-repo';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { CenteredCard } from '../../ui/CenteredCard';
import { HeaderControls } from '../../ui/HeaderControls';
import { Logo } from '../../ui/Logo';
import { ProfileForm } from '../profile';

/** First run: the department profile. The installation id and keys were made at boot. */
export function SetupPage() {
  const t = useT();
  const session = useSession();
  return (
    <CenteredCard width={620}>
      <Stack gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Logo />
            <Title order={1} size="h3">
              {t('setup.title')}
            </Title>
          </Group>
          <HeaderControls />
        </Group>
        <Text>{t('setup.intro')}</Text>
        <ProfileForm
          submitLabel="setup.submit"
          onSubmit={async (input) => {
            const operator = String((input as { operatorName?: unknown }).operatorName ?? '').trim();
            await saveProfile(session.db, input, writeContextOf(session, operator || '—'));
          }}
        />
        <Text size="sm" c="dimmed">
          {t('setup.keysNote')}
        </Text>
      </Stack>
    </CenteredCard>
  );
}
