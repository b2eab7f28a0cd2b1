import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { ValidationError } from '../../../core/validation';
import { createCustomer, DuplicateCustomerError, updateCustomer, type CustomerRecord, type ManagerRecord } from '../../../data/customers';
import { isMessageKey, type MessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { useSession, writeContextOf } from '../../../state/session';
import { useActor } from '../../../state/signed-in';
import { todayIso } from '../../../core/format';
import type { DuplicateCandidateView } from './DuplicateWarning';
import { formFieldOf, fromFormValues, type CustomerFormValues } from './form-values';
import { forbiddenMessage } from '../../../ui/forbidden';
import { notify } from '../../../ui/notify';

interface SaveOptions {
  /** Editing this customer; creating when absent. */
  existing?: CustomerRecord;
  managers: readonly ManagerRecord[];
  onSaved: (saved: CustomerRecord) => void;
}

export interface SaveState {
  save: (values: CustomerFormValues, allowDuplicate?: boolean) => Promise<void>;
  saving: boolean;
  /** The form-level messages: "fix the red fields, nothing saved" and any error of no single field. */
  formErrors: string[];
  duplicates: DuplicateCandidateView[] | null;
}

/**
 * Saves through the repository, which validates everything. Its ValidationError becomes messages
 * under the fields (plus the form-level alert); DuplicateCustomerError (a new unit, or a rename,
 * that matches another customer) becomes the duplicate warning. In both cases nothing was written;
 * `allowDuplicate` is the user's "create / save anyway".
 */
export function useSaveCustomer(form: UseFormReturnType<CustomerFormValues>, { existing, managers, onSaved }: SaveOptions): SaveState {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const [saving, setSaving] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateCandidateView[] | null>(null);
  const message = (key: string) => (isMessageKey(key) ? t(key) : t('validation.custom'));

  const save = async (values: CustomerFormValues, allowDuplicate = false) => {
    setSaving(true);
    setFormErrors([]);
    setDuplicates(null);
    form.clearErrors();
    const input = fromFormValues(values, managers, existing?.managerName);
    const ctx = writeContextOf(session, actor);
    try {
      const saved = existing
        ? await updateCustomer(session.db, existing.id, input, ctx, { today: todayIso(), allowDuplicate })
        : await createCustomer(session.db, input, ctx, { today: todayIso(), allowDuplicate });
      notify('green', t('customers.form.saved', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      if (error instanceof ValidationError) {
        const fieldErrors: Record<string, string> = {};
        const general: string[] = [];
        for (const [path, key] of Object.entries(error.fieldErrors)) {
          const field = formFieldOf(path);
          if (field) fieldErrors[field] ??= message(key);
          else general.push(message(key));
        }
        form.setErrors(fieldErrors);
        setFormErrors([t('validation.fixErrors' satisfies MessageKey), ...general]);
      } else if (error instanceof DuplicateCustomerError) {
        setDuplicates(error.candidates);
      } else {
        const forbidden = forbiddenMessage(error, t);
        if (!forbidden) console.error(error);
        setFormErrors([forbidden ?? t('customers.form.saveFailed', { detail: error instanceof Error ? error.message : String(error) })]);
      }
    } finally {
      setSaving(false);
    }
  };
  return { save, saving, formErrors, duplicates };
}
