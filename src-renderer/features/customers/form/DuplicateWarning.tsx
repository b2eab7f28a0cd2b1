import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowMerge } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';
import links from '../shared/links.module.css';

export interface DuplicateCandidateView {
  id: string;
  name: string;
  reason: 'same_name' | 'same_pinyin';
}

interface DuplicateWarningProps {
  candidates: readonly DuplicateCandidateView[];
  /** Create (or, when renaming, save) anyway. */
  onProceed: () => void;
  saving: boolean;
  /** Renaming an existing customer: the two records can be merged, so each candidate offers it. */
  onMerge?: (candidate: DuplicateCandidateView) => void;
}

/**
 * The unit may already be in the archive (same name, or the same sound: 航天材料所 / 航天材料锁).
 * On create the user opens the existing one — the usual right answer — or creates anyway (two units
 * can share a name in different groups). On a rename there are already two records: the user
 * merges them, or saves anyway.
 */
export function DuplicateWarning({ candidates, onProceed, saving, onMerge }: DuplicateWarningProps) {
  const t = useT();
  return (
    <Alert
      color="yellow"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle size={18} />}
      title={t('customers.duplicate.title')}
      // Yellow title text on the light yellow background is below WCAG AA; the icon carries the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{t(onMerge ? 'merge.rename.body' : 'customers.duplicate.body')}</Text>
      <List size="sm" mt="xs" spacing={4}>
        {candidates.map((c) => (
          <List.Item key={c.id}>
            <Group gap="xs" wrap="wrap">
              <span>
                <Anchor href={`#/customers/${c.id}`} className={links.link}>
                  {c.name}
                </Anchor>
                <Text span size="sm" c="dimmed">
                  {t(c.reason === 'same_name' ? 'customers.duplicate.sameName' : 'customers.duplicate.samePinyin')}
                </Text>
              </span>
              {onMerge && (
                <Button size="compact-sm" variant="light" leftSection={<IconArrowMerge size={14} />} onClick={() => onMerge(c)}>
                  {t('merge.rename.merge', { name: c.name })}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Group mt="sm">
        <Button variant="default" onClick={onProceed} loading={saving}>
          {t(onMerge ? 'merge.rename.saveAnyway' : 'customers.duplicate.createAnyway')}
        </Button>
      </Group>
    </Alert>
  );
}
