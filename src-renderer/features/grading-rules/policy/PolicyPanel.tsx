import { Alert, Text } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';
import { ConfigEditor } from '../shared/ConfigEditor';
import { useGradingConfig, type ConfigState } from '../shared/use-grading-config';
import { useRulesForm } from '../shared/use-rules-form';
import { formToPolicy, policyErrors, policyToForm } from './policy-form';
import { PolicyGrid } from './PolicyGrid';
import { PolicyView } from './PolicyView';

/** 服务策略: differentiated service per grade, which plans the follow-ups (回访计划). */
export function PolicyPanel() {
  const state = useGradingConfig('policy');
  if (!state) return null;
  return <PolicyEditor key={state.current.version} state={state} />;
}

function PolicyEditor({ state }: { state: ConfigState<'policy'> }) {
  const t = useT();
  const { form, errors, check, dirty, discard } = useRulesForm(policyToForm(state.current.body), policyErrors);
  return (
    <ConfigEditor
      kind="policy"
      state={state}
      dirty={dirty}
      invalid={Object.keys(errors).length > 0}
      prepare={() => (check() ? formToPolicy(form.values) : null)}
      onDiscard={discard}
      renderVersion={(body) => <PolicyView policy={body} />}
    >
      <Text size="sm" c="dimmed">
        {t('gradingRules.policy.intro')}
      </Text>
      <PolicyGrid form={form} errors={errors} />
      <Alert variant="light" color="blue" icon={<IconCalendarRepeat size={18} />}>
        {t('gradingRules.policy.followUps')}
      </Alert>
    </ConfigEditor>
  );
}
