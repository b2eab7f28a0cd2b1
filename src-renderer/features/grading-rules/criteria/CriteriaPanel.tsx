import { ConfigEditor } from '../shared/ConfigEditor';
import { ConfigPanel } from '../shared/ConfigPanel';
import { useConfigForm } from '../shared/use-config-form';
import type { ConfigState } from '../shared/use-grading-config';
import { criteriaErrors, criteriaToForm, formToCriteria } from './criteria-form';
import { CriteriaRules } from './CriteriaRules';
import { CriteriaLines, CriteriaSummary } from './CriteriaSummary';

/** 定级标准: the thresholds of the grade rules, edited in the rules' own sentences. */
export function CriteriaPanel() {
  return <ConfigPanel kind="criteria" editor={CriteriaEditor} />;
}

const CRITERIA_FORM = { toForm: criteriaToForm, errorsOf: criteriaErrors, fromForm: formToCriteria };

function CriteriaEditor({ state }: { state: ConfigState<'criteria'> }) {
  const { form, errors, editor } = useConfigForm('criteria', state, CRITERIA_FORM);
  return (
    <ConfigEditor {...editor} renderVersion={(body) => <CriteriaLines values={criteriaToForm(body)} />}>
      <CriteriaRules form={form} errors={errors} />
      <CriteriaSummary values={form.values} />
    </ConfigEditor>
  );
}
