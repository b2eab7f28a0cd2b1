import { Alert, Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CustomerRecord } from '../../../data/customers';
import { useT } from '../../../i18n/react';
import { refusalText } from './merge-text';
import { MergePicker, type PickedCustomer } from './MergePicker';
import { MergePreviewView } from './MergePreviewView';
import { useMergeCustomers, useMergePreview } from './use-merge';

interface MergeModalProps {
  /** The customer whose page (or edit form) the merge starts from. */
  customer: CustomerRecord;
  /** The other customer when already known (the rename warning's candidate). */
  initialOther?: PickedCustomer;
  note?: string;
  onClose: () => void;
}

/**
 * 合并重复客户: pick the other record, choose which one is kept (the current one by default), read
 * the preview — the same plan the merge writes — and confirm. Nothing is written before confirming;
 * a refused combination says why and cannot be confirmed.
 */
export function MergeModal({ customer, initialOther, note, onClose }: MergeModalProps) {
  const t = useT();
  const [other, setOther] = useState<PickedCustomer | null>(initialOther ?? null);
  const [keepOther, setKeepOther] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const swapped = keepOther && other !== null;
  const keptId = swapped ? other.id : customer.id;
  const mergedId = other === null ? null : swapped ? customer.id : other.id;
  const preview = useMergePreview(keptId, mergedId);
  const merge = useMergeCustomers();

  const confirm = async () => {
    if (!preview?.ok) return;
    setBusy(true);
    const refused = await merge(preview.target, preview.source);
    if (refused === null) return onClose();
    setFailure(refused);
    setBusy(false);
  };

  return (
    <Modal opened onClose={onClose} title={t('merge.title')} size={920} centered>
      <Stack gap="md">
        <Text size="sm">{t('merge.intro')}</Text>
        {note && (
          <Alert color="yellow" variant="light">
            {note}
          </Alert>
        )}
        <MergePicker
          currentId={customer.id}
          value={other}
          onChange={(picked) => {
            setOther(picked);
            setKeepOther(false);
            setFailure(null);
          }}
        />
        {other && other.id !== customer.id && (
          <Radio.Group label={t('merge.keep.label')} value={keepOther ? 'other' : 'current'} onChange={(v) => setKeepOther(v === 'other')}>
            <Group mt={6} gap="lg">
              <Radio value="current" label={t('merge.keep.current', { name: customer.name })} />
              <Radio value="other" label={t('merge.keep.other', { name: other.name })} />
            </Group>
          </Radio.Group>
        )}
        {other && preview === undefined && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('merge.loading')}</Text>
          </Group>
        )}
        {preview && !preview.ok && (
          <Alert color="red" variant="light" role="alert" title={t('merge.refused.title')} data-testid="merge-refused">
            {refusalText(preview.error, preview.target, preview.source, t)}
          </Alert>
        )}
        {preview?.ok && <MergePreviewView preview={preview} />}
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={busy} disabled={!preview?.ok} onClick={confirm}>
            {t('merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
