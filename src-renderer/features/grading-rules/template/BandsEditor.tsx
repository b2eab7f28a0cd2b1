import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import { PAYMENT_STABILITIES } from '../../../core/grading';
import type { FieldErrors } from '../../../core/validation';
import { paymentStabilityLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { FieldMessages } from '../shared/FieldMessages';
import { InlineNumber } from '../shared/InlineNumber';
import { SentenceWithInputs } from '../shared/SentenceWithInputs';
import type { BandedItemFormValues, PaymentItemFormValues, TemplateFormValues } from './template-form';

interface BandsProps<I> {
  form: UseFormReturnType<TemplateFormValues>;
  index: number;
  item: I;
  errors: FieldErrors;
  /** The item's name in input labels and messages ("年综合效益第 2 档得分"). */
  name: string;
}

/**
 * The bands of 年综合效益 / 合作年限, one "≥ 200 万元 → 40 分" row each, lowest first (the order the
 * schema checks: thresholds rise, points never fall, the top band gives the maximum).
 */
export function BandsEditor({ form, index, item, errors, name }: BandsProps<BandedItemFormValues>) {
  const t = useT();
  const base = `items.${index}.bands`;
  const template = t(item.source === 'benefit' ? 'gradingRules.template.band.benefit' : 'gradingRules.template.band.cooperation');
  const labels = new Map<string, string>();
  item.bands.forEach((_, k) => {
    labels.set(`${base}.${k}.atLeast`, t('gradingRules.template.band.atLeast', { label: name, n: k + 1 }));
    labels.set(`${base}.${k}.points`, t('gradingRules.template.band.points', { label: name, n: k + 1 }));
  });
  const input = (path: string, allowDecimal: boolean) => (
    <InlineNumber
      inputProps={form.getInputProps(path)}
      path={path}
      label={labels.get(path)!}
      errors={errors}
      scope="template"
      allowDecimal={allowDecimal}
      width={76}
    />
  );
  return (
    <Stack gap={0}>
      {item.bands.map((_, k) => (
        <Group key={k} gap={4} wrap="nowrap">
          <SentenceWithInputs template={template} fill={(slot) => input(`${base}.${k}.${slot}`, true)} />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('gradingRules.template.band.remove', { label: name, n: k + 1 })}
            title={t('gradingRules.template.band.remove', { label: name, n: k + 1 })}
            disabled={item.bands.length <= 1}
            onClick={() =>
              form.setFieldValue(
                base,
                item.bands.filter((__, j) => j !== k),
              )
            }
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        {t('gradingRules.template.band.below')}
      </Text>
      <FieldMessages scope="template" errors={errors} fields={[...labels.keys()]} labelOf={(path) => labels.get(path)!} />
      <Group mt={4}>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.setFieldValue(base, [...item.bands, { atLeast: '', points: '' }])}
        >
          {t('gradingRules.template.band.add')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 结算回款稳定性: points per stability, best first; no countable settlement scores 0. */
export function PaymentBandsEditor({ form, index, errors, name }: BandsProps<PaymentItemFormValues>) {
  const t = useT();
  const base = `items.${index}.bands`;
  const labelOf = (path: string) => {
    const stability = path.slice(base.length + 1);
    return stability
      ? `${name} · ${t('gradingRules.template.band.paymentPoints', { stability: t(paymentStabilityLabel(stability as (typeof PAYMENT_STABILITIES)[number])) })}`
      : name;
  };
  return (
    <Stack gap={0}>
      {PAYMENT_STABILITIES.map((s) => (
        <SentenceWithInputs
          key={s}
          template={t('gradingRules.template.band.payment')}
          fill={(slot) =>
            slot === 'stability' ? (
              <Text span fz="sm" display="inline-block" miw={84}>
                {t(paymentStabilityLabel(s))}
              </Text>
            ) : (
              <InlineNumber
                inputProps={form.getInputProps(`${base}.${s}`)}
                path={`${base}.${s}`}
                label={labelOf(`${base}.${s}`)}
                errors={errors}
                scope="template"
                width={76}
              />
            )
          }
        />
      ))}
      <Text size="xs" c="dimmed">
        {t('gradingRules.template.payment.unknown')}
      </Text>
      {/* The schema reports the payment bands as a whole (`bands`) or the stable band (`bands.stable`). */}
      <FieldMessages scope="template" errors={errors} fields={[base, ...PAYMENT_STABILITIES.map((s) => `${base}.${s}`)]} labelOf={labelOf} />
    </Stack>
  );
}
