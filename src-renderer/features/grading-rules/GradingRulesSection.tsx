import { Stack, Tabs, Text } from '@mantine/core';
import { useT } from '../../i18n/react';
import { CriteriaPanel } from './criteria/CriteriaPanel';
import { PolicyPanel } from './policy/PolicyPanel';
import { TemplatePanel } from './template/TemplatePanel';

/**
 * 系统设置 › 分级规则: the scoring template, the grade criteria and the service policy, each edited
 * as a new version a department head approves. The panels stay mounted, so switching tabs keeps
 * unsaved edits.
 */
export function GradingRulesSection() {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="grading-rules">
      <Text size="sm" c="dimmed">
        {t('gradingRules.intro')}
      </Text>
      <Tabs defaultValue="template">
        <Tabs.List>
          <Tabs.Tab value="template">{t('gradingRules.tab.template')}</Tabs.Tab>
          <Tabs.Tab value="criteria">{t('gradingRules.tab.criteria')}</Tabs.Tab>
          <Tabs.Tab value="policy">{t('gradingRules.tab.policy')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="template" pt="md">
          <TemplatePanel />
        </Tabs.Panel>
        <Tabs.Panel value="criteria" pt="md">
          <CriteriaPanel />
        </Tabs.Panel>
        <Tabs.Panel value="policy" pt="md">
          <PolicyPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
