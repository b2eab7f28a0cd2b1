import { Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ForbiddenError } from '../../core/accounts';
import { CLASSIFICATION_LEVELS, type ClassificationLevel } from '../../core/classification';
import { EXPORT_ROLES, PRINT_ROLES, type ExportRole, type OutputPolicy, type PrintRole } from '../../core/output';
import { saveOutputPolicy } from '../../data/output';
import { classificationLabel, roleLabel } from '../../i18n/enum-labels';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { notify } from '../../ui/notify';
import { TableHead } from '../../ui/TableHead';
import type { MessageKey } from '../../i18n';
import { DEFAULT_ATTACHMENT_CAP_MB, parseAttachmentCap } from './attachment-cap';

const NONE = 'none';

/**
 * 输出策略 (issue 15.6): per role, the highest mark it may print and the highest it may export. The
 * business roles print and export exchange files; the system administrator's line is for backups and
 * the security auditor's for the audit log's export (they print nothing: their print cell is empty).
 * Below the table, the cap on one attachment (issue 18.2; empty: the default 100 MB).
 * 保存 sends the table as shown; the change is audited with the policy before and after.
 */
export function OutputPolicyForm({ policy }: { policy: OutputPolicy }) {
  const t = useT();
  const { db } = useSession();
  const actor = useActor();
  const [draft, setDraft] = useState<OutputPolicy>(policy);
  const [saving, setSaving] = useState(false);
  // The cap on one attachment as typed (issue 18.2): empty is the default; refused, never corrected.
  const [capText, setCapText] = useState(policy.attachmentCapMb === undefined ? '' : String(policy.attachmentCapMb));
  const [capError, setCapError] = useState<MessageKey | null>(null);
  const options = [
    { value: NONE, label: t('output.policy.none') },
    ...CLASSIFICATION_LEVELS.map((level) => ({ value: level, label: t(classificationLabel(level)) })),
  ];
  const levelOf = (value: string | null): ClassificationLevel | null => (value === null || value === NONE ? null : (value as ClassificationLevel));

  const setPrint = (role: PrintRole, value: string | null) => setDraft((d) => ({ ...d, print: { ...d.print, [role]: levelOf(value) } }));
  const setExport = (role: ExportRole, value: string | null) => setDraft((d) => ({ ...d, export: { ...d.export, [role]: levelOf(value) } }));

  const save = async () => {
    const cap = parseAttachmentCap(capText);
    if (!cap.ok) {
      setCapError(cap.message);
      return;
    }
    setCapError(null);
    const { attachmentCapMb: _previous, ...rules } = draft;
    setSaving(true);
    try {
      await saveOutputPolicy(db, actor, cap.mb === undefined ? rules : { ...rules, attachmentCapMb: cap.mb }, new Date());
      notify('green', t('output.policy.saved'));
    } catch (error) {
      notify('red', error instanceof ForbiddenError ? t('accounts.forbidden') : t('output.policy.failed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('output.policy.intro')}
      </Text>
      <Table withTableBorder maw={720} data-testid="output-policy">
        <TableHead cells={[t('output.policy.role'), t('output.policy.print'), t('output.policy.export')]} />
        <Table.Tbody>
          {EXPORT_ROLES.map((role) => {
            const printable = (PRINT_ROLES as readonly string[]).includes(role);
            return (
              <Table.Tr key={role}>
                <Table.Td>{t(roleLabel(role))}</Table.Td>
                <Table.Td>
                  {printable ? (
                    <Select
                      aria-label={`${t(roleLabel(role))} ${t('output.policy.print')}`}
                      data={options}
                      value={draft.print[role as PrintRole] ?? NONE}
                      onChange={(value) => setPrint(role as PrintRole, value)}
                      allowDeselect={false}
                      disabled={saving}
                    />
                  ) : (
                    t('output.policy.notApplicable')
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t(roleLabel(role))} ${t('output.policy.export')}`}
                    data={options}
                    value={draft.export[role] ?? NONE}
                    onChange={(value) => setExport(role, value)}
                    allowDeselect={false}
                    disabled={saving}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <TextInput
        label={t('output.policy.attachmentCap')}
        description={t('output.policy.attachmentCapHint', { mb: DEFAULT_ATTACHMENT_CAP_MB })}
        placeholder={String(DEFAULT_ATTACHMENT_CAP_MB)}
        inputMode="numeric"
        value={capText}
        onChange={(e) => {
          setCapText(e.currentTarget.value);
          setCapError(null);
        }}
        error={capError ? t(capError) : undefined}
        disabled={saving}
        maw={360}
      />
      <Group>
        <Button onClick={save} loading={saving}>
          {t('output.policy.save')}
        </Button>
      </Group>
    </Stack>
  );
}
