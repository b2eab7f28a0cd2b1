import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { ValidationError } from '../../core/validation';
import type { WriteContext } from '../../data/write-context';
import { isMessageKey, type MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { forbiddenMessage } from '../forbidden';
import { notify } from '../notify';
import { useArchive } from './use-archive';

interface RecordFormOptions<V> {
  initialValues: V;
  /**
   * Writes through the repository, which validates: the form itself checks nothing. `confirmed` is
   * true when the user confirmed an unusual but legal value the repository asked about.
   */
  save: (values: V, ctx: WriteContext, confirmed: boolean) => Promise<unknown>;
  /**
   * The question to ask when `error` is the repository asking for confirmation (an overpayment),
   * else null. The question shows above the buttons; confirming saves again with `confirmed`.
   */
  confirmationOf?: (error: unknown) => { message: string; label: string } | null;
  onSaved: () => void;
  /** What to say once saved; null when `save` reports the outcome itself (a count, say). */
  savedMessage?: MessageKey | null;
  /** Repository fields the form edits under another name (a complaint's `receivedAt` is its day and time inputs). */
  errorFields?: Readonly<Record<string, keyof V & string>>;
}

export interface RecordForm<V> {
  form: UseFormReturnType<V>;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** Messages for the whole form: the hint to fix red fields, or a refusal no field owns. */
  formErrors: string[];
  /** The repository's question and the save that answers yes; null when nothing is asked (any edit drops it). */
  confirmation: { message: string; label: string; onConfirm: () => void } | null;
}

/**
 * A modal form over one archive record. The repository is the only validator, so the messages the
 * user reads are exactly the rules that refuse the write; each field path it reports (`phones.1`)
 * lands on the input of its first segment, and paths no input owns are listed above the buttons.
 */
export function useRecordForm<V extends Record<string, unknown>>({
  initialValues,
  save,
  onSaved,
  savedMessage,
  confirmationOf,
  errorFields,
}: RecordFormOptions<V>): RecordForm<V> {
  const t = useT();
  const { withContext } = useArchive();
  const [saving, setSaving] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [question, setQuestion] = useState<{ message: string; label: string } | null>(null);
  // A question answers the values it was asked about: any edit drops it, the next save asks again.
  const form = useForm<V>({ mode: 'controlled', initialValues, onValuesChange: () => setQuestion(null) });

  const run = async (values: V, confirmed: boolean) => {
    setSaving(true);
    setFormErrors([]);
    setQuestion(null);
    try {
      await withContext((ctx) => save(values, ctx, confirmed));
      if (savedMessage !== null) notify('green', t(savedMessage ?? 'common.saved'));
      onSaved();
    } catch (error) {
      const asked = confirmationOf?.(error) ?? null;
      if (asked) {
        setQuestion(asked);
        return;
      }
      const forbidden = forbiddenMessage(error, t);
      if (forbidden) {
        setFormErrors([forbidden]);
        return;
      }
      if (!(error instanceof ValidationError)) {
        console.error(error);
        setFormErrors([t('common.error')]);
        return;
      }
      const fieldErrors: Record<string, string> = {};
      const loose: string[] = [];
      for (const [path, key] of Object.entries(error.fieldErrors)) {
        const message = isMessageKey(key) ? t(key) : t('validation.custom');
        const first = path.split('.')[0] ?? '_';
        const field = errorFields?.[first] ?? first;
        if (field in values) fieldErrors[field] ??= message;
        else loose.push(message);
      }
      form.setErrors(fieldErrors);
      setFormErrors([...(Object.keys(fieldErrors).length > 0 ? [t('validation.fixErrors')] : []), ...new Set(loose)]);
    } finally {
      setSaving(false);
    }
  };
  const submit = form.onSubmit((values) => run(values, false));
  const confirmation = question && { ...question, onConfirm: () => void run(form.getValues(), true) };
  return { form, submit, saving, formErrors, confirmation };
}
