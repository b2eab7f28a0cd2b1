import { Card, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { getSecurityPolicy } from '../../data/accounts';
import { getOutputPolicy } from '../../data/output';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { can } from '../../core/accounts';
import { OutputPolicyForm } from './OutputPolicyForm';
import { PolicyForm } from './PolicyForm';
import { RolesSection } from './RolesSection';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** 角色与策略, the security administrator's page: who holds which role and scope, the password and session policy, the output policy (15.6). */
export function SecurityPage() {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const policy = useLiveQuery(() => getSecurityPolicy(db), [db]);
  const outputPolicy = useLiveQuery(() => getOutputPolicy(db), [db]);
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('security.title')}</Title>
      {can(actor, 'roles.assign') && (
        <Part title={t('security.roles.title')}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('security.roles.intro')}
          </Text>
          <RolesSection />
        </Part>
      )}
      {can(actor, 'policy.manage') && policy && (
        <Part title={t('security.policy.title')}>
          <PolicyForm policy={policy} />
        </Part>
      )}
      {can(actor, 'policy.manage') && outputPolicy && (
        <Part title={t('output.policy.title')}>
          <OutputPolicyForm policy={outputPolicy} />
        </Part>
      )}
    </Stack>
  );
}
