import { Text } from '@mantine/core';
import { useT } from '../../../i18n/react';
import { ConfigEditor } from '../shared/ConfigEditor';
import { useGradingConfig, type ConfigState } from '../shared/use-grading-config';
import { useRulesForm } from '../shared/use-rules-form';
import { criteriaErrors, criteriaToForm, formToCriteria } from './criteria-form';
import { CriteriaRules } from './CriteriaRules';
import { CriteriaLines, CriteriaSummary } from './CriteriaSummary';

/** 定级标准: the thresholds of the grade rules, edited in the rules' own sentences. */
export function CriteriaPanel() {
  const state = useGradingConfig('criteria');
  if (!state) return null;
  // A new version in force starts the form over from it.
  return <CriteriaEditor key={state.current.version} state={state} />;
}

function CriteriaEditor({ state }: { state: ConfigState<'criteria'> }) {
  const t = useT();
  const { form, errors, check, dirty, discard } = useRulesForm(criteriaToForm(state.current.body), criteriaErrors);
  return (
    <ConfigEditor
      kind="criteria"
      state={state}
      dirty={dirty}
      invalid={Object.keys(errors).length > 0}
      prepare={() => (check() ? formToCriteria(form.values) : null)}
      onDiscard={discard}
      renderVersion={(body) => <CriteriaLines values={criteriaToForm(body)} />}
    >
      <Text size="sm" c="dimmed">
        {t('gradingRules.criteria.intro')}
      </Text>
      <CriteriaRules form={form} errors={errors} />
      <CriteriaSummary values={form.values} />
    </ConfigEditor>
  );
}
