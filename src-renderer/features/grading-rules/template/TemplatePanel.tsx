import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { DEFAULT_TEMPLATE } from '../../../core/grading';
import { useT } from '../../../i18n/react';
import { ConfigEditor } from '../shared/ConfigEditor';
import { ConfigPanel } from '../shared/ConfigPanel';
import { useConfigForm } from '../shared/use-config-form';
import type { ConfigState } from '../shared/use-grading-config';
import { ItemCard } from './ItemCard';
import { SubjectiveSum } from './SubjectiveSum';
import { formToTemplate, idsOf, moveItem, newSubjectiveItem, nextItemId, templateErrors, templateToForm } from './template-form';
import { TemplateView } from './TemplateView';

/** 打分表: the scoring template's items, their maximums, guides and bands. */
export function TemplatePanel() {
  return <ConfigPanel kind="template" editor={TemplateEditor} />;
}

const TEMPLATE_FORM = { toForm: templateToForm, errorsOf: templateErrors, fromForm: formToTemplate };

function TemplateEditor({ state }: { state: ConfigState<'template'> }) {
  const t = useT();
  const { form, errors, editor } = useConfigForm('template', state, TEMPLATE_FORM);
  // Every id any version ever used, and those added (and maybe removed) in this edit: never handed out again.
  const [usedIds, setUsedIds] = useState(() => idsOf([DEFAULT_TEMPLATE, state.current.body, ...state.history.map((r) => r.body)]));
  const [addedId, setAddedId] = useState<string | null>(null);
  const items = form.values.items;
  const objectiveMax =
    Math.round(items.reduce((sum, item) => sum + (item.kind === 'objective' && typeof item.maxPoints === 'number' ? item.maxPoints : 0), 0) * 100) / 100;
  const cards = (kind: 'objective' | 'subjective') =>
    items.map((item, index) =>
      item.kind !== kind ? null : (
        <ItemCard
          key={item.id}
          form={form}
          index={index}
          errors={errors}
          autoFocus={item.id === addedId}
          onMove={(delta) => form.setFieldValue('items', moveItem(items, index, delta))}
          onRemove={() =>
            form.setFieldValue(
              'items',
              items.filter((_, i) => i !== index),
            )
          }
        />
      ),
    );
  const add = () => {
    const id = nextItemId([...usedIds, ...items.map((i) => i.id)]);
    setUsedIds([...usedIds, id]);
    setAddedId(id);
    form.setFieldValue('items', [...items, newSubjectiveItem(id)]);
  };
  return (
    <ConfigEditor
      {...editor}
      onDiscard={() => {
        editor.onDiscard();
        setAddedId(null);
      }}
      renderVersion={(body) => <TemplateView template={body} />}
    >
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('gradingRules.template.objectiveTitle', { sum: objectiveMax })}
        </Title>
        {cards('objective')}
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4} size="h5">
            {t('gradingRules.template.subjectiveTitle')}
          </Title>
          <SubjectiveSum items={items} schemaMessage={errors.items} />
        </Group>
        {cards('subjective')}
        <Group justify="space-between">
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            {t('gradingRules.template.add')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('gradingRules.template.idNote')}
          </Text>
        </Group>
      </Stack>
    </ConfigEditor>
  );
}
