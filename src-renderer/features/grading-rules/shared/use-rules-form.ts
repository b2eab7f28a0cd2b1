import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { FieldErrors } from '../../../core/validation';

export interface RulesForm<V> {
  form: UseFormReturnType<V>;
  /** The schema's messages (i18n keys) by field path; empty until the first save attempt, then kept up to date at every edit. */
  errors: FieldErrors;
  /** Checks the values against the schema; true when they can be saved. */
  check: () => boolean;
  dirty: boolean;
  discard: () => void;
}

/**
 * The edited copy of one configuration. Nothing is marked while the user types; from the first
 * 保存为新版本 on, the messages follow every edit, so a message goes away once the rule it names is
 * met (a cross-field one too: lowering AAA below AA clears the AA field). Remount the form (React
 * key = the version in force) to start over from a newly saved version.
 */
export function useRulesForm<V extends object>(initialValues: V, errorsOf: (values: V) => FieldErrors): RulesForm<V> {
  const form = useForm<V>({ mode: 'controlled', initialValues });
  const [checking, setChecking] = useState(false);
  const errors = checking ? errorsOf(form.values) : {};
  return {
    form,
    errors,
    check: () => {
      setChecking(true);
      return Object.keys(errorsOf(form.values)).length === 0;
    },
    dirty: form.isDirty(),
    discard: () => {
      form.reset();
      setChecking(false);
    },
  };
}
