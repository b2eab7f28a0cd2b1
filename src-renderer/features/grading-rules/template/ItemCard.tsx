import { ActionIcon, Box, Group, NumberInput, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { FieldErrors } from '../../../core/validation';
import { useT } from '../../../i18n/react';
import { ToneBadge } from '../../../ui/ToneBadge';
import { messageText } from '../shared/config-form';
import { BandsEditor, PaymentBandsEditor } from './BandsEditor';
import { moveTarget, type ItemFormValues, type TemplateFormValues } from './template-form';

interface ItemCardProps {
  form: UseFormReturnType<TemplateFormValues>;
  index: number;
  errors: FieldErrors;
  /** Focus the name of an item just added. */
  autoFocus: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * One item of the scoring table: name, maximum, scoring guide; an objective item also its source
 * and bands (it cannot be removed: the archive computes it), a subjective one moves and goes.
 */
export function ItemCard({ form, index, errors, autoFocus, onMove, onRemove }: ItemCardProps) {
  const t = useT();
  const item: ItemFormValues = form.values.items[index]!;
  const path = (field: string) => `items.${index}.${field}`;
  const name = item.label.trim() || t('gradingRules.template.unnamed');
  const error = (field: string) => messageText(errors[path(field)], t);
  const items = form.values.items;
  return (
    <Paper withBorder p="sm" role="group" aria-label={t('gradingRules.template.itemAria', { n: index + 1, label: name })}>
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <ToneBadge mt={30} color={item.kind === 'objective' ? 'blue' : 'grape'} style={{ flexShrink: 0 }}>
            {t(`gradingRules.template.kind.${item.kind}`)}
          </ToneBadge>
          <TextInput
            required
            label={t('gradingRules.template.label')}
            w={240}
            autoFocus={autoFocus}
            {...form.getInputProps(path('label'))}
            error={error('label')}
          />
          <NumberInput
            required
            label={t('gradingRules.template.maxPoints')}
            w={96}
            clampBehavior="none"
            hideControls
            {...form.getInputProps(path('maxPoints'))}
            error={error('maxPoints')}
          />
          {item.kind === 'objective' && (
            <Text size="sm" c="dimmed" mt={30}>
              {t('gradingRules.template.source', { source: t(`gradingRules.template.source.${item.source}`) })}
            </Text>
          )}
          {item.kind === 'subjective' && (
            <Group gap={2} ml="auto" mt={26} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={t('gradingRules.template.moveUp', { label: name })}
                title={t('gradingRules.template.moveUp', { label: name })}
                disabled={moveTarget(items, index, -1) === null}
                onClick={() => onMove(-1)}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t('gradingRules.template.moveDown', { label: name })}
                title={t('gradingRules.template.moveDown', { label: name })}
                disabled={moveTarget(items, index, 1) === null}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('gradingRules.template.remove', { label: name })}
                title={t('gradingRules.template.remove', { label: name })}
                onClick={onRemove}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Group align="flex-start" gap="md" wrap="nowrap">
          <Textarea
            label={t('gradingRules.template.guide')}
            autosize
            minRows={2}
            maxRows={6}
            style={{ flex: 1 }}
            {...form.getInputProps(path('guide'))}
            error={error('guide')}
          />
          {item.kind === 'objective' && (
            <Box w={400} style={{ flexShrink: 0 }}>
              <Text size="sm" fw={500} mb={2}>
                {t('gradingRules.template.bands')}
              </Text>
              {item.source === 'payment' ? (
                <PaymentBandsEditor form={form} index={index} item={item} errors={errors} name={name} />
              ) : (
                <BandsEditor form={form} index={index} item={item} errors={errors} name={name} />
              )}
              <Text size="xs" c="dimmed" mt={4}>
                {t('gradingRules.template.guideHint')}
              </Text>
            </Box>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
