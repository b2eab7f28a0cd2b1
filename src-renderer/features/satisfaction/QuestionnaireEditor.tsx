import { ActionIcon, Badge, Button, Group, Input, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { SatisfactionDimension } from '../../core/complaints';
import { listQuestionnaires, questionnaireHistory, saveQuestionnaire, type QuestionnaireVersion } from '../../data/satisfaction';
import { useT } from '../../i18n/react';
import { TitledPanel } from '../../ui/TitledPanel';
import { notify } from '../../ui/notify';
import { useArchive } from '../../ui/hooks/use-archive';
import { useRecordForm } from '../../ui/hooks/use-record-form';
import { versionName } from './satisfaction-labels';
import { keepEnterInField } from '../../ui/form-keys';

/** A new dimension's id: the next free d1, d2… (ids are never shown; labels are). */
function nextDimensionId(dimensions: readonly SatisfactionDimension[]): string {
  const taken = new Set(dimensions.map((d) => d.id));
  let n = dimensions.length + 1;
  while (taken.has(`d${n}`)) n += 1;
  return `d${n}`;
}

/**
 * 问卷模板: pick a questionnaire (or start a new one), edit its name, scale and weighted dimensions,
 * and save it as its next version. Versions are never edited, so every survey keeps being shown and
 * scored on the questions it was answered on; the version list says who saved each.
 */
export function QuestionnaireEditor() {
  const t = useT();
  const { db } = useArchive();
  const questionnaires = useLiveQuery(() => listQuestionnaires(db), [db]);
  const [picked, setPicked] = useState<string | 'new' | null>(null);
  if (!questionnaires) return null;
  const current = picked === 'new' ? null : (questionnaires.find((q) => q.questionnaireId === picked) ?? questionnaires[0]!);
  return (
    <TitledPanel id="questionnaire-templates" title={t('satisfaction.templates.title')} testId="questionnaire-editor">
      <Group align="flex-end">
        <Select
          label={t('satisfaction.templates.pick')}
          data={questionnaires.map((q) => ({ value: q.questionnaireId, label: q.name }))}
          value={current?.questionnaireId ?? null}
          onChange={(v) => v && setPicked(v)}
          allowDeselect={false}
          placeholder={t('satisfaction.templates.newName')}
          w={280}
        />
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setPicked('new')}>
          {t('satisfaction.templates.new')}
        </Button>
      </Group>
      <TemplateForm key={current ? `${current.questionnaireId}#${current.version}` : 'new'} current={current} onSaved={(id) => setPicked(id)} />
      {current && <VersionList questionnaireId={current.questionnaireId} />}
    </TitledPanel>
  );
}

interface TemplateValues extends Record<string, unknown> {
  name: string;
  scaleMax: number | string;
  dimensions: SatisfactionDimension[];
}

function TemplateForm({ current, onSaved }: { current: QuestionnaireVersion | null; onSaved: (questionnaireId: string) => void }) {
  const t = useT();
  const { db } = useArchive();
  const { form, submit, saving, formErrors } = useRecordForm<TemplateValues>({
    initialValues: current
      ? { name: current.name, scaleMax: current.scaleMax, dimensions: current.dimensions.map((d) => ({ ...d })) }
      : { name: '', scaleMax: 5, dimensions: [{ id: 'd1', label: '', weight: 1 }] },
    save: async (values, ctx) => {
      const saved = await saveQuestionnaire(db, current?.questionnaireId ?? null, { ...values, scaleMax: Number(values.scaleMax) }, ctx);
      notify('green', t('satisfaction.templates.saved', { version: saved.version }));
      onSaved(saved.questionnaireId);
    },
    onSaved: () => undefined,
    savedMessage: null,
  });
  const dimensions = form.getValues().dimensions;
  return (
    <form onSubmit={submit} onKeyDown={keepEnterInField} noValidate>
      <Stack gap="sm">
        <Group align="flex-start">
          <TextInput required label={t('satisfaction.templates.name')} w={280} {...form.getInputProps('name')} />
          <NumberInput required label={t('satisfaction.templates.scale')} min={3} max={10} clampBehavior="none" w={180} {...form.getInputProps('scaleMax')} />
        </Group>
        <Input.Wrapper label={t('satisfaction.templates.dimensions')} error={form.errors.dimensions}>
          <Stack gap={6} mt={4}>
            {dimensions.map((d, i) => (
              <Group key={d.id} gap="xs" wrap="nowrap">
                <TextInput
                  aria-label={t('satisfaction.templates.labelOf', { n: i + 1 })}
                  placeholder={t('satisfaction.templates.label')}
                  w={220}
                  {...form.getInputProps(`dimensions.${i}.label`)}
                />
                <NumberInput
                  aria-label={t('satisfaction.templates.weightOf', { label: d.label || String(i + 1) })}
                  placeholder={t('satisfaction.templates.weight')}
                  min={0}
                  max={100}
                  clampBehavior="none"
                  w={100}
                  {...form.getInputProps(`dimensions.${i}.weight`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('satisfaction.templates.removeDimension', { label: d.label || String(i + 1) })}
                  disabled={dimensions.length === 1}
                  onClick={() => form.removeListItem('dimensions', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ alignSelf: 'flex-start' }}
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('dimensions', { id: nextDimensionId(dimensions), label: '', weight: 1 })}
            >
              {t('satisfaction.templates.addDimension')}
            </Button>
          </Stack>
        </Input.Wrapper>
        {formErrors.length > 0 && (
          <Text c="red" size="sm" role="alert">
            {formErrors.join(' ')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {t('satisfaction.templates.save')}
          </Button>
          <Text size="xs" c="dimmed" maw={520}>
            {t('satisfaction.templates.versionNote')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function VersionList({ questionnaireId }: { questionnaireId: string }) {
  const t = useT();
  const { db } = useArchive();
  const versions = useLiveQuery(() => questionnaireHistory(db, questionnaireId), [db, questionnaireId]);
  if (!versions || versions.length === 0) return null;
  return (
    <Group gap="xs" data-testid="questionnaire-versions">
      {versions.map((v, i) => (
        <Badge key={`${v.version}-${v.record?.id ?? 'default'}`} variant={i === 0 ? 'filled' : 'light'} color="office" radius="sm" tt="none">
          {versionName(t, v)} · {v.record ? t('satisfaction.templates.savedBy', { by: v.record.updatedBy }) : t('satisfaction.templates.builtIn')}
        </Badge>
      ))}
    </Group>
  );
}
