import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';
import links from '../shared/links.module.css';

export interface DuplicateCandidateView {
  id: string;
  name: string;
  reason: 'same_name' | 'same_pinyin';
}

/**
 * The unit may already be in the archive (same name, or the same sound: 航天材料所 / 航天材料锁).
 * The user opens the existing one — the usual right answer — or creates anyway (two units can share
 * a name in different groups).
 */
export function DuplicateWarning({ candidates, onCreateAnyway, saving }: { candidates: readonly DuplicateCandidateView[]; onCreateAnyway: () => void; saving: boolean }) {
  const t = useT();
  return (
    <Alert color="yellow" variant="light" role="alert" icon={<IconAlertTriangle size={18} />} title={t('customers.duplicate.title')}>
      <Text size="sm">{t('customers.duplicate.body')}</Text>
      <List size="sm" mt="xs" spacing={4}>
        {candidates.map((c) => (
          <List.Item key={c.id}>
            <Anchor href={`#/customers/${c.id}`} className={links.link}>{c.name}</Anchor>
            <Text span size="sm" c="dimmed">
              {t(c.reason === 'same_name' ? 'customers.duplicate.sameName' : 'customers.duplicate.samePinyin')}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group mt="sm">
        <Button variant="default" onClick={onCreateAnyway} loading={saving}>
          {t('customers.duplicate.createAnyway')}
        </Button>
      </Group>
    </Alert>
  );
}
