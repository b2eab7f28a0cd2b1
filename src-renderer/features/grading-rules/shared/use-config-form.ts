import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../../core/validation';
import type { ConfigBodies, ConfigKind } from '../../../data/grading';
import type { ConfigState } from './use-grading-config';
import { useRulesForm } from './use-rules-form';

/** How one kind of rules becomes a form and back: its values, the schema's messages on them, the body to save. */
export interface RulesConversion<K extends ConfigKind, V> {
  toForm: (body: ConfigBodies[K]) => V;
  errorsOf: (values: V) => FieldErrors;
  fromForm: (values: V) => unknown;
}

/**
 * The edited copy of the version in force, wired to its ConfigEditor (spread `editor` on it): the
 * same for the scoring template, the criteria and the service policy.
 */
export function useConfigForm<K extends ConfigKind, V extends object>(
  kind: K,
  state: ConfigState<K>,
  { toForm, errorsOf, fromForm }: RulesConversion<K, V>,
): {
  form: UseFormReturnType<V>;
  errors: FieldErrors;
  editor: { kind: K; state: ConfigState<K>; dirty: boolean; invalid: boolean; prepare: () => unknown; onDiscard: () => void };
} {
  const { form, errors, check, dirty, discard } = useRulesForm(toForm(state.current.body), errorsOf);
  return {
    form,
    errors,
    editor: { kind, state, dirty, invalid: Object.keys(errors).length > 0, prepare: () => (check() ? fromForm(form.values) : null), onDiscard: discard },
  };
}
