import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { splitList } from '../../../core/customers';
import type { CustomerLevel } from '../../../core/model';
import { listCustomers, listManagers, type CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { useReadScope } from '../../../state/read-scope';
import { useSession } from '../../../state/session';
import { facetsOf } from '../list/list-model';
import { classificationOptions, levelOptions, statusOptions, typeOptions } from '../shared/labels';
import { DayInput } from '../../../ui/DayInput';
import { FormErrors } from '../../../ui/FormModal';
import { todayIso } from '../../../core/format';
import classes from './form.module.css';
import { MergeModal } from '../merge/MergeModal';
import { DuplicateWarning, type DuplicateCandidateView } from './DuplicateWarning';
import { cellsOf, splitPastedName, type CustomerFormValues } from './form-values';
import { ManagerSelect } from './ManagerSelect';
import { ParentSelect } from './ParentSelect';
import { useSaveCustomer } from './useSaveCustomer';
import { keepEnterInField } from '../../../ui/form-keys';

interface CustomerFormProps {
  existing?: CustomerRecord;
  initial: CustomerFormValues;
  onSaved: (saved: CustomerRecord) => void;
  onCancel: () => void;
}

/**
 * Tags and 专业领域 are words; Chinese users separate them with 、 or ，as often as with a comma. Typed
 * keys split at once; text typed through an input method (its 、 never reaches a keydown) or with
 * spaces is split when Enter or leaving the field adds it (`splitList`, the schema's own split).
 */
const WORD_SEPARATORS = [',', '，', '、', ';', '；'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/** Every field of a customer unit; the repository validates on save (see useSaveCustomer). */
export function CustomerForm({ existing, initial, onSaved, onCancel }: CustomerFormProps) {
  const t = useT();
  const { db } = useSession();
  const form = useForm<CustomerFormValues>({ mode: 'controlled', initialValues: initial });
  const managers = useLiveQuery(() => listManagers(db), [db]);
  // The archive's words so far, offered as suggestions: the same field gets the same spelling.
  const scope = useReadScope();
  const customers = useLiveQuery(() => listCustomers(db, scope), [db, scope]);
  const suggestions = useMemo(() => facetsOf(customers ?? []), [customers]);
  const { save, saving, formErrors, duplicates } = useSaveCustomer(form, { existing, managers: managers ?? [], onSaved });
  const formRef = useRef<HTMLFormElement>(null);
  // A new customer starts at its name (also when 新建客户 was chosen in Ctrl+K, issue 17.4); an edit keeps the page's focus.
  const nameRef = useRef<HTMLInputElement>(null);
  const isNew = existing === undefined;
  useEffect(() => {
    if (isNew) nameRef.current?.focus();
  }, [isNew]);
  // The rename warning's candidate the user chose to merge with (opens the merge modal).
  const [mergeWith, setMergeWith] = useState<DuplicateCandidateView | null>(null);
  // After a refused save, the keyboard goes to the first field to fix (the alert says why).
  useEffect(() => {
    if (formErrors.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formErrors]);
  const level = Number(form.values.level) as CustomerLevel;
  const field = (name: keyof CustomerFormValues) => form.getInputProps(name);
  // 领域 and 标签: words typed or pasted in one go are split, and the archive's words are offered.
  const wordsInput = (name: 'fields' | 'tags') => (
    <TagsInput
      label={t(`customers.field.${name}`)}
      description={t('customers.form.wordsHint')}
      data={suggestions[name]}
      splitChars={WORD_SEPARATORS}
      clearable
      clearButtonProps={{ 'aria-label': t('customers.form.clear') }}
      {...field(name)}
      onChange={(value: string[]) => form.setFieldValue(name, splitList(value))}
    />
  );
  // A spreadsheet row pasted into the name: the schema refuses it; the form offers to split it.
  const pastedCells = cellsOf(form.values.name).length;
  const pasted = form.values.name.includes('\t') && pastedCells > 1;
  const [leftOver, setLeftOver] = useState<string[]>([]);
  const splitRow = () => {
    const split = splitPastedName(form.getValues());
    form.setValues(split.values);
    form.clearFieldError('name');
    setLeftOver(split.leftOver);
  };

  return (
    <form ref={formRef} onSubmit={form.onSubmit((values) => save(values))} onKeyDown={keepEnterInField} noValidate className={classes.form}>
      <Stack gap="md" maw={960}>
        <Section title={t('customers.form.sectionBasic')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput ref={nameRef} withAsterisk label={t('customers.field.name')} placeholder={t('customers.form.namePlaceholder')} {...field('name')} />
            <TextInput label={t('customers.field.shortName')} placeholder={t('customers.form.shortNamePlaceholder')} {...field('shortName')} />
            <Select
              withAsterisk
              label={t('customers.field.level')}
              data={levelOptions(t)}
              allowDeselect={false}
              {...field('level')}
              onChange={(value) => {
                if (!value || value === form.values.level) return;
                form.setFieldValue('level', value);
                // A parent of the old level cannot be the parent at the new one.
                form.setFieldValue('parentId', null);
              }}
            />
            {level > 1 ? <ParentSelect customers={customers} level={level} required {...field('parentId')} value={form.values.parentId} /> : <div />}
            <Select withAsterisk label={t('customers.field.type')} placeholder={t('customers.form.choose')} data={typeOptions(t)} {...field('type')} />
            <Select label={t('customers.field.status')} data={statusOptions(t)} allowDeselect={false} {...field('status')} />
          </SimpleGrid>
          {pasted && (
            <Alert color="yellow" variant="light" data-testid="pasted-row">
              <Stack gap="xs" align="flex-start">
                <div>
                  {t('customers.form.pastedRow', { count: pastedCells })} {t('customers.form.splitRowHint')}
                </div>
                <Button size="xs" variant="default" onClick={splitRow}>
                  {t('customers.form.splitRow')}
                </Button>
              </Stack>
            </Alert>
          )}
          {!pasted && leftOver.length > 0 && (
            <Text size="sm" data-testid="pasted-left-over">
              {t('customers.form.splitLeftOver', { cells: leftOver.join('　') })}
            </Text>
          )}
        </Section>
        <Section title={t('customers.form.sectionBusiness')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {wordsInput('fields')}
            {wordsInput('tags')}
            <TextInput label={t('customers.field.region')} placeholder={t('customers.form.regionPlaceholder')} {...field('region')} />
            <TextInput label={t('customers.field.address')} {...field('address')} />
            <DayInput label={t('customers.field.cooperationStart')} {...field('cooperationStart')} value={form.values.cooperationStart} maxDate={todayIso()} />
            <ManagerSelect managers={managers} currentName={existing?.managerName ?? ''} {...field('managerId')} value={form.values.managerId} />
          </SimpleGrid>
        </Section>
        <Section title={t('customers.form.sectionOther')}>
          <Select
            label={t('customers.field.classification')}
            description={t('customers.form.classificationHint')}
            data={classificationOptions(t)}
            allowDeselect={false}
            maw={280}
            {...field('classification')}
          />
          <Textarea label={t('customers.field.notes')} autosize minRows={3} maxRows={10} {...field('notes')} />
        </Section>
        <FormErrors messages={formErrors} />
        {duplicates && (
          <DuplicateWarning
            candidates={duplicates}
            saving={saving}
            onProceed={() => save(form.getValues(), true)}
            onMerge={existing ? setMergeWith : undefined}
          />
        )}
        {existing && mergeWith && (
          <MergeModal
            customer={existing}
            initialOther={{ id: mergeWith.id, name: mergeWith.name }}
            note={t('merge.rename.unsaved')}
            onClose={() => setMergeWith(null)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('customers.form.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t(existing ? 'customers.form.save' : 'customers.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
