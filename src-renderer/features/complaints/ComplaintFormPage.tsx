import { Alert, Button, Card, Group, Loader, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useLocation } from 'wouter';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../../core/model';
import { contactsOf, getCustomer, OUT_OF_SCOPE } from '../../data/customers';
import { customerInScope } from '../../data/scope';
import { useReadScope } from '../../state/read-scope';
import { OutOfScope } from '../../ui/OutOfScope';
import { getComplaint, officeToday, registerComplaint, updateComplaintIntake, type ComplaintRecord } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { DayInput } from '../../ui/DayInput';
import { notify } from '../../ui/notify';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { CustomerField } from './CustomerField';
import { intakeInput, intakeValues, yearOtherThanNumber, type IntakeValues } from './intake-values';
import { useManagers } from './use-complaints';
import { keepEnterInField } from '../../ui/form-keys';

/** 登记投诉 (new) or 修改登记信息 (`complaintId`); `customerId` preselects the customer (from its page). */
export function ComplaintFormPage({ complaintId, customerId }: { complaintId?: string; customerId?: string }) {
  const { db } = useSession();
  const scope = useReadScope();
  const t = useT();
  // A complaint of a customer outside the user's data scope is not shown for editing either (issue 15.3).
  const record = useLiveQuery(async () => {
    if (!complaintId) return undefined;
    const found = (await getComplaint(db, complaintId)) ?? null;
    const customer = found ? await getCustomer(db, found.customerId) : undefined;
    return customer && !(await customerInScope(db, scope, customer)) ? OUT_OF_SCOPE : found;
  }, [db, complaintId, scope]);
  if (complaintId && record === undefined) return <Loader />;
  if (record === OUT_OF_SCOPE) return <OutOfScope title={t('scope.complaintHidden')} />;
  return <IntakeForm record={record ?? undefined} customerId={customerId ?? null} />;
}

function IntakeForm({ record, customerId }: { record: ComplaintRecord | undefined; customerId: string | null }) {
  const t = useT();
  const { db } = useSession();
  const [, navigate] = useLocation();
  const { managers } = useManagers();
  const saved = useRef<ComplaintRecord | null>(null);
  const { form, submit, saving, formErrors } = useRecordForm<IntakeValues>({
    initialValues: intakeValues(record, customerId, new Date()),
    save: async (values, ctx) => {
      const input = intakeInput(values);
      saved.current = record ? await updateComplaintIntake(db, record.id, input, ctx) : await registerComplaint(db, input, ctx);
    },
    savedMessage: null,
    errorFields: { receivedAt: 'receivedDay' },
    onSaved: () => {
      const done = saved.current!;
      notify('green', record ? t('complaints.form.edited') : t('complaints.form.saved', { number: done.number }));
      navigate(`/complaints/${done.id}`);
    },
  });
  const chosenCustomer = form.values.customerId;
  const otherYear = record ? yearOtherThanNumber(record.number, form.values.receivedDay) : null;
  const contacts = useLiveQuery(async () => (chosenCustomer ? await contactsOf(db, chosenCustomer) : []), [db, chosenCustomer]) ?? [];
  const choice = <K extends string>(values: readonly K[], prefix: 'channel' | 'category' | 'severity') =>
    values.map((v) => ({ value: v, label: t(`complaints.${prefix}.${v}` as never) }));

  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{record ? t('complaints.form.editTitle') : t('complaints.form.title')}</Title>
      {record && <Text c="dimmed">{record.number}</Text>}
      {record && otherYear !== null && (
        <Alert color="blue" variant="light" data-testid="number-kept">
          {t('complaints.form.numberKept', { number: record.number, year: otherYear })}
        </Alert>
      )}
      <Card withBorder component="form" onSubmit={submit} onKeyDown={keepEnterInField} noValidate aria-label={t('complaints.form.title')}>
        <Stack gap="sm">
          <CustomerField
            value={form.values.customerId}
            onChange={(id) => {
              form.setFieldValue('customerId', id);
              form.setFieldValue('contactId', null);
            }}
            error={form.errors.customerId}
            disabled={!!record}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('complaints.field.contact')}
              placeholder={chosenCustomer ? (contacts.length ? t('complaints.noContact') : t('complaints.form.noContacts')) : t('complaints.form.pickCustomer')}
              data={contacts.map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }))}
              clearable
              {...form.getInputProps('contactId')}
            />
            <Select
              label={t('complaints.field.channel')}
              data={choice(COMPLAINT_CHANNELS, 'channel')}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
            <DayInput label={t('complaints.field.receivedDay')} withAsterisk maxDate={officeToday()} {...form.getInputProps('receivedDay')} />
            {/* Typed as text: a time input shows the browser's 12-hour "05:52 PM" in an English system; the office uses 24-hour China time. */}
            <TextInput
              label={t('complaints.form.receivedTime')}
              description={t('complaints.form.receivedTimeHint')}
              inputMode="numeric"
              maxLength={5}
              {...form.getInputProps('receivedTime')}
            />
            <Select
              label={t('complaints.field.category')}
              data={choice(COMPLAINT_CATEGORIES, 'category')}
              allowDeselect={false}
              {...form.getInputProps('category')}
            />
            <Select
              label={t('complaints.field.severity')}
              data={choice(COMPLAINT_SEVERITIES, 'severity')}
              allowDeselect={false}
              {...form.getInputProps('severity')}
            />
          </SimpleGrid>
          <TextInput label={t('complaints.field.product')} withAsterisk {...form.getInputProps('product')} />
          <Textarea label={t('complaints.field.description')} withAsterisk autosize minRows={3} {...form.getInputProps('description')} />
          <Textarea label={t('complaints.field.request')} autosize minRows={2} {...form.getInputProps('request')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('complaints.field.handler')}
              placeholder={t('complaints.noHandler')}
              data={(managers ?? []).filter((m) => m.active || m.id === form.values.handlerId).map((m) => ({ value: m.id, label: m.name }))}
              searchable
              clearable
              {...form.getInputProps('handlerId')}
            />
            <TextInput label={t('complaints.field.department')} {...form.getInputProps('department')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('complaints.form.deadlinesHint')}
          </Text>
          {formErrors.length > 0 && (
            <Alert color="red" role="alert">
              {formErrors.map((m) => (
                <div key={m}>{m}</div>
              ))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => history.back()}>
              {t('complaints.form.cancel')}
            </Button>
            <Button type="submit" loading={saving} data-testid="complaint-save">
              {record ? t('complaints.form.saveEdit') : t('complaints.form.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
