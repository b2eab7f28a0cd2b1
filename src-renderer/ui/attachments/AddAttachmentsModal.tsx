import { ActionIcon, Alert, Button, Grid, Group, Modal, Paper, Select, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconFile, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../core/attachments';
import { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../../core/classification';
import { ValidationError } from '../../core/validation';
import { isMessageKey } from '../../i18n';
import { attachmentKindLabel, classificationLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { forbiddenMessage } from '../forbidden';
import { keepEnterInField } from '../form-keys';
import { FormErrors } from '../FormModal';
import { useReturnFocus } from '../use-return-focus';
import { AttachmentDropZone } from './AttachmentDropZone';
import { checkAttachmentFile, defaultTitle, formatFileSize, type FileCheck } from './file-checks';

/** What the person fills in for one file; the storage validates it (attachmentEntrySchema). */
export interface AttachmentDraft {
  title: string;
  /** null until chosen (a photo starts as 照片); the storage refuses it with 请从列表中选择. */
  kind: AttachmentKind | null;
  classification: ClassificationLevel;
  notes: string;
}

/** One file to store with what was filled in for it. */
export interface AttachmentSubmitItem {
  file: File;
  entry: AttachmentDraft;
}

export interface AddAttachmentsModalProps {
  /** The dropped or chosen files; more can be added in the dialog, and any removed. */
  files: readonly File[];
  /** Each file's mark to start with: the record's. */
  defaultClassification: ClassificationLevel;
  /** The cap on one file in force (DEFAULT_ATTACHMENT_CAP_BYTES unless the policy says otherwise). */
  capBytes: number;
  /** What the files are attached to, said under the title (客户 “某某研究所”). */
  targetLabel?: string;
  /**
   * Stores the files (all or none). A ValidationError's field keys `items.<n>.<field>` land on that
   * file's field (n counts the submitted items, in the order shown); other refusals show above the
   * buttons. When it resolves the dialog calls onClose.
   */
  onSubmit: (items: AttachmentSubmitItem[]) => Promise<void>;
  /** Cancel, or after a successful submit: the parent unmounts the dialog. */
  onClose: () => void;
}

const ENTRY_FIELDS = ['title', 'kind', 'classification', 'notes'] as const;
type EntryField = (typeof ENTRY_FIELDS)[number];

interface Row extends AttachmentDraft {
  key: number;
  file: File;
  /** undefined while the file is being checked. */
  check?: FileCheck;
}

let nextKey = 0;
const rowsOf = (files: readonly File[], classification: ClassificationLevel): Row[] =>
  files.map((file) => ({ key: (nextKey += 1), file, title: defaultTitle(file.name), kind: null, classification, notes: '' }));

/**
 * 添加附件 (issue 18.1): each dropped or chosen file is checked in the browser before anything is
 * stored (empty, over the cap, a path or control character in the name, content not matching the
 * name's type), each refused file says why in Chinese and the add waits until it is removed; each
 * accepted file gets its title (the file name without extension), kind, mark (the record's) and notes.
 * Mounted open, like FormModal: focus goes back to the opener on close, Enter never submits from a select.
 */
export function AddAttachmentsModal({ files, defaultClassification, capBytes, targetLabel, onSubmit, onClose }: AddAttachmentsModalProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  useReturnFocus();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(files, defaultClassification));
  const [saving, setSaving] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const started = useRef(new Set<number>());
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Check each new file once (its first bytes are read); the row shows the outcome.
  useEffect(() => {
    for (const row of rows) {
      if (row.check || started.current.has(row.key)) continue;
      started.current.add(row.key);
      void checkAttachmentFile(row.file, capBytes).then((check) => {
        if (!mounted.current) return;
        setRows((all) =>
          all.map((r) => (r.key === row.key ? { ...r, check, kind: r.kind ?? (check.ok && check.type.preview === 'image' ? 'photo' : null) } : r)),
        );
      });
    }
  }, [rows, capBytes]);

  const clearErrors = () => {
    setFieldErrors({});
    setFormErrors([]);
  };
  const update = (key: number, patch: Partial<AttachmentDraft>) => {
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    clearErrors();
  };
  const remove = (key: number) => {
    setRows((all) => all.filter((r) => r.key !== key));
    clearErrors();
  };
  const addMore = (more: File[]) => {
    setRows((all) => [...all, ...rowsOf(more, defaultClassification)]);
    clearErrors();
  };

  const pending = rows.some((r) => r.check === undefined);
  const refused = rows.some((r) => r.check && !r.check.ok);
  const canSubmit = rows.length > 0 && !pending && !refused && !saving;

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (!canSubmit) return;
    setSaving(true);
    clearErrors();
    try {
      await onSubmit(rows.map(({ file, title, kind, classification, notes }) => ({ file, entry: { title, kind, classification, notes } })));
      if (mounted.current) onClose();
    } catch (error) {
      if (!mounted.current) return;
      const forbidden = forbiddenMessage(error, t);
      if (forbidden) {
        setFormErrors([forbidden]);
      } else if (error instanceof ValidationError) {
        const { fields, loose } = placeErrors(error.fieldErrors, rows, (key) => (isMessageKey(key) ? t(key) : t('validation.custom')));
        setFieldErrors(fields);
        setFormErrors([...(Object.keys(fields).length > 0 ? [t('validation.fixErrors')] : []), ...loose]);
      } else {
        console.error(error);
        setFormErrors([t('common.error')]);
      }
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const kindOptions = ATTACHMENT_KINDS.map((kind) => ({ value: kind, label: t(attachmentKindLabel(kind)) }));
  const levelOptions = CLASSIFICATION_LEVELS.map((level) => ({ value: level, label: t(classificationLabel(level)) }));
  const accepted = rows.filter((r) => r.check?.ok).length;

  return (
    <Modal opened onClose={onClose} title={t('attachments.add.title')} size="xl" centered>
      <form onSubmit={(event) => void submit(event)} onKeyDown={keepEnterInField} noValidate>
        <Stack gap="sm">
          {targetLabel && (
            <Text size="sm" c="dimmed">
              {t('attachments.add.target', { target: targetLabel })}
            </Text>
          )}
          {rows.length === 0 && <Text size="sm">{t('attachments.add.none')}</Text>}
          {rows.map((row) => {
            const errorOf = (field: EntryField) => fieldErrors[`${row.key}.${field}`];
            const fileError = fieldErrors[`${row.key}.file`];
            const bad = row.check !== undefined && !row.check.ok;
            return (
              <Paper
                key={row.key}
                withBorder
                p="sm"
                radius="md"
                data-testid="attachment-item"
                style={bad ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
              >
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                      <IconFile size={18} aria-hidden style={{ flexShrink: 0 }} />
                      <Text size="sm" fw={600} truncate="end" title={row.file.name} data-testid="attachment-item-name">
                        {row.file.name}
                      </Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {formatFileSize(row.file.size, t, locale)}
                      </Text>
                    </Group>
                    <Tooltip label={t('attachments.add.remove', { name: row.file.name })} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('attachments.add.remove', { name: row.file.name })}
                        onClick={() => remove(row.key)}
                        disabled={saving}
                      >
                        <IconX size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  {row.check === undefined && (
                    <Text size="sm" c="dimmed">
                      {t('attachments.add.checking')}
                    </Text>
                  )}
                  {row.check && !row.check.ok && (
                    <Text size="sm" c="red" role="alert" data-testid="attachment-item-refused">
                      {t(row.check.message)}
                    </Text>
                  )}
                  {fileError && (
                    <Text size="sm" c="red" role="alert">
                      {fileError}
                    </Text>
                  )}
                  {row.check?.ok && (
                    <Grid gap="xs">
                      <Grid.Col span={{ base: 12, sm: 4 }}>
                        <TextInput
                          label={t('attachments.field.title')}
                          required
                          value={row.title}
                          onChange={(e) => update(row.key, { title: e.currentTarget.value })}
                          error={errorOf('title')}
                          disabled={saving}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 6, sm: 2 }}>
                        <Select
                          label={t('attachments.field.kind')}
                          required
                          placeholder={t('attachments.kindPlaceholder')}
                          data={kindOptions}
                          value={row.kind}
                          onChange={(value) => update(row.key, { kind: value as AttachmentKind | null })}
                          allowDeselect={false}
                          error={errorOf('kind')}
                          disabled={saving}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 6, sm: 2 }}>
                        <Select
                          label={t('attachments.field.classification')}
                          required
                          data={levelOptions}
                          value={row.classification}
                          onChange={(value) => value && update(row.key, { classification: value as ClassificationLevel })}
                          allowDeselect={false}
                          error={errorOf('classification')}
                          disabled={saving}
                        />
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, sm: 4 }}>
                        <Textarea
                          label={t('attachments.field.notes')}
                          autosize
                          minRows={1}
                          maxRows={4}
                          value={row.notes}
                          onChange={(e) => update(row.key, { notes: e.currentTarget.value })}
                          error={errorOf('notes')}
                          disabled={saving}
                        />
                      </Grid.Col>
                    </Grid>
                  )}
                </Stack>
              </Paper>
            );
          })}
          <AttachmentDropZone compact onFiles={addMore} capBytes={capBytes} disabled={saving} chooseLabel={t('attachments.add.more')} />
          {refused && (
            <Alert color="red" variant="light" role="alert" data-testid="attachments-refused">
              {t('attachments.add.refusedHint')}
            </Alert>
          )}
          <FormErrors messages={formErrors} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving} disabled={!canSubmit} data-testid="attachments-submit">
              {t('attachments.add.submit', { count: accepted })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The storage's field keys (`items.<n>.<field>`, n in submit order) as `<row key>.<field>` for the
 * row's inputs; a refusal of the file itself (`items.<n>.fileName`, `.size`, `.mimeType`, `items.<n>`)
 * shows on the row's file line; anything else above the buttons.
 */
function placeErrors(errors: Record<string, string>, rows: readonly Row[], say: (key: string) => string) {
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const [path, key] of Object.entries(errors)) {
    const [head, index, field] = path.split('.');
    const row = head === 'items' && index !== undefined && /^\d+$/.test(index) ? rows[Number(index)] : undefined;
    if (!row) {
      loose.push(say(key));
      continue;
    }
    const slot = (ENTRY_FIELDS as readonly string[]).includes(field ?? '') ? `${row.key}.${field}` : `${row.key}.file`;
    fields[slot] ??= say(key);
  }
  return { fields, loose: [...new Set(loose)] };
}
