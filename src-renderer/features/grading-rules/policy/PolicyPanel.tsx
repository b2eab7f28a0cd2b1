import { Alert } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useT } from '../../../i18n/react';
import { ConfigEditor } from '../shared/ConfigEditor';
import { ConfigPanel } from '../shared/ConfigPanel';
import { useConfigForm } from '../shared/use-config-form';
import type { ConfigState } from '../shared/use-grading-config';
import { formToPolicy, policyErrors, policyToForm } from './policy-form';
import { PolicyGrid } from './PolicyGrid';
import { PolicyView } from './PolicyView';

/** 服务策略: differentiated service per grade, which plans the follow-ups (回访计划). */
export function PolicyPanel() {
  return <ConfigPanel kind="policy" editor={PolicyEditor} />;
}

const POLICY_FORM = { toForm: policyToForm, errorsOf: policyErrors, fromForm: formToPolicy };

function PolicyEditor({ state }: { state: ConfigState<'policy'> }) {
  const t = useT();
  const { form, errors, editor } = useConfigForm('policy', state, POLICY_FORM);
  return (
    <ConfigEditor {...editor} renderVersion={(body) => <PolicyView policy={body} />}>
      <PolicyGrid form={form} errors={errors} />
      <Alert variant="light" color="blue" icon={<IconCalendarRepeat size={18} />}>
        {t('gradingRules.policy.followUps')}
      </Alert>
    </ConfigEditor>
  );
}
