import { Alert, Button, Card, Checkbox, Group, List, MultiSelect, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useReducer, useRef, useState } from 'react';
import { isArchiveError } from '../../core/archive-file';
import { passphraseProblem } from '../../core/passphrase';
import type { Profile } from '../../core/profile';
import { ForbiddenError } from '../../core/accounts';
import { OutputPolicyError } from '../../core/output';
import { listManagers } from '../../data/customers';
import { getOutputPolicy, settleOutput } from '../../data/output';
import type { MessageKey } from '../../i18n';
import { outputLimitProblem, outputPolicyProblem, purposeCheck } from '../../ui/output-policy';
import {
  prepareExport,
  lastExportTime,
  listDepartments,
  liveCustomerCount,
  recordExportMark,
  selectedCustomerIds,
  selectionAttachments,
  type ExportLock,
  type ExportScope,
} from '../../data/exchange';
import { HostError, saveStream } from '../../host';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { WorkProgress } from '../../ui/WorkProgress';
import { fileRunProgress, fileRunReducer, INITIAL_FILE_RUN } from '../../ui/file-run-flow';
import { EMPTY_SELECTION, SelectionChooser, toSelection, type SelectionDraft } from './SelectionChooser';
import { exportSummary, planProblem, type ExportPlan, type LockChoice, type ScopeChoice } from './export-summary';
import { exchangeFileName } from './file-names';
import { sizeText } from './file-size';
import { exchangeErrorMessage } from './messages';
import type { Problem } from './import-flow';
import { notify } from '../../ui/notify';
import { ProblemAlert } from './ProblemAlert';
import { PurposeInput } from '../../ui/PurposeInput';

/** 导出: scope → lock → summary → write (progress, cancel) → save through the host bridge. */
export function ExportPanel({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const session = useSession();
  const actor = useActor();
  const unlockInstallation = useUnlockedInstallation();
  const { db } = session;
  const readScope = useReadScope();
  // The whole archive and an increment carry every customer: an account limited to 本人/本部门 chooses its own (issue 15.3).
  const wholeArchive = actor.scope === 'all';
  const [scope, setScope] = useState<ScopeChoice>(wholeArchive ? 'full' : 'selection');
  const [selection, setSelection] = useState<SelectionDraft>(EMPTY_SELECTION);
  // 不含附件 (issue 18.5): a selection may leave the customers' attachments (records and bytes) out.
  const [withoutAttachments, setWithoutAttachments] = useState(false);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [lock, setLock] = useState<LockChoice>('passphrase');
  const [secret, setSecret] = useState({ passphrase: '', confirmation: '' });
  const [recipientIds, setRecipientIds] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [purposeError, setPurposeError] = useState<MessageKey | null>(null);
  // The output policy (issue 15.6): a user it allows no export sees why the button is disabled.
  const policy = useLiveQuery(() => getOutputPolicy(db), [db]);
  const forbidden = policy ? outputLimitProblem(t, policy, actor.roles, 'exchange') : null;
  const [flow, dispatch] = useReducer(fileRunReducer<Problem>, INITIAL_FILE_RUN);
  const { problem } = flow;
  const progress = fileRunProgress(flow);
  const abort = useRef<AbortController | null>(null);

  const departments = useLiveQuery(() => listDepartments(db), [db]) ?? [];
  const customerCount = useLiveQuery(() => liveCustomerCount(db), [db]) ?? 0;
  const lastExport = useLiveQuery(async () => (departmentId ? lastExportTime(db, departmentId) : null), [db, departmentId]);
  const selected = useLiveQuery(async () => {
    if (scope !== 'selection') return { count: 0, attachments: { files: 0, bytes: 0 } };
    const ids = await selectedCustomerIds(db, toSelection(selection), readScope);
    return { count: ids.length, attachments: await selectionAttachments(db, ids) };
  }, [db, scope, selection, readScope]);
  const selectedCount = selected?.count ?? 0;
  const managerNames =
    useLiveQuery(async () => (await listManagers(db)).filter((m) => selection.managerIds.includes(m.id)).map((m) => m.name), [db, selection.managerIds]) ?? [];
  const department = departments.find((d) => d.id === departmentId) ?? null;
  const options = departments.map((d) => ({ value: d.id, label: `${d.name}（${d.organisation}）` }));

  const plan: ExportPlan = {
    scope,
    customerCount: scope === 'selection' ? selectedCount : customerCount,
    selection: { by: selection.by, names: selection.by === 'grades' ? selection.grades : selection.by === 'managers' ? managerNames : [] },
    department: department ? { name: department.name, lastExport: lastExport ?? null } : null,
    lock,
    recipientNames: departments.filter((d) => recipientIds.includes(d.id)).map((d) => d.name),
  };

  const start = async () => {
    // The purpose first: its message under its field, before the key passphrase is asked.
    const purposeProblem = purposeCheck(purpose);
    setPurposeError(purposeProblem);
    if (purposeProblem) return;
    const invalid = planProblem(plan) ?? (lock === 'passphrase' ? passphraseProblem(secret.passphrase, secret.confirmation) : null);
    // The signing key: asked once per session (the key passphrase) only when the export may go ahead.
    const installation = invalid ? null : await unlockInstallation();
    if (!invalid && !installation) return;
    dispatch({ type: 'start', problem: invalid ? { key: invalid, details: [] } : null });
    if (invalid || !installation) return;
    const controller = new AbortController();
    abort.current = controller;
    // scrypt and the cipher run in the crypto worker (core/archive-file/age-off-thread.ts): the window stays responsive.
    try {
      const exportScope: ExportScope =
        scope === 'full'
          ? { type: 'full' }
          : scope === 'selection'
            ? { type: 'selection', ...toSelection(selection), ...(withoutAttachments ? { withoutAttachments } : {}) }
            : { type: 'changes', departmentId: departmentId! };
      const exportLock: ExportLock = lock === 'passphrase' ? { passphrase: secret.passphrase } : { departmentIds: recipientIds };
      const now = new Date();
      const result = await prepareExport(db, {
        scope: exportScope,
        lock: exportLock,
        installation,
        profile,
        appVersion: session.appInfo.version,
        actor,
        purpose,
        now,
        onProgress: (next) => dispatch({ type: 'progress', progress: next }),
        signal: controller.signal,
      });
      const target = scope === 'changes' ? department?.name : plan.recipientNames.length === 1 ? plan.recipientNames[0] : undefined;
      const number = result.line.number;
      let saved: { name: string } | null = null;
      try {
        // The place first, then the file written into it a piece at a time (issue 18.5: memory bounded whatever the attachments weigh).
        saved = await saveStream(
          session.host,
          { target: 'dialog', suggestedName: exchangeFileName(profile.department, now, target, number), filters: [{ name: 'age', extensions: ['age'] }] },
          result.write,
        );
      } finally {
        // The file's 份号: completed with its audit entry (scope, recipients, mark, count) when saved, voided when not.
        await settleOutput(db, { actor, now: new Date() }, result.line.id, saved !== null, {
          records: result.records,
          details: { exportScope: result.scope.type, highestClassification: result.line.mark.level },
        });
      }
      if (saved === null) {
        notify('gray', t('output.cancelled', { number }));
        return;
      }
      // Only a SAVED file moves the mark: a cancelled dialog must not skip these changes next time.
      if (result.mark) await recordExportMark(db, result.mark, now);
      notify('green', `${t('exchange.export.saved', { name: saved.name, count: result.records })} ${t('output.copyNumberLine', { number })}`);
      setSecret({ passphrase: '', confirmation: '' });
    } catch (error) {
      if (isArchiveError(error, 'cancelled')) notify('gray', t('exchange.export.cancelled'));
      else if (error instanceof OutputPolicyError) dispatch({ type: 'failed', problem: outputPolicyProblem(t, error) });
      else if (error instanceof ForbiddenError) dispatch({ type: 'failed', problem: { key: 'accounts.forbidden', details: [] } });
      else if (error instanceof HostError) dispatch({ type: 'failed', problem: { key: `hostError.${error.code}`, details: [] } });
      else dispatch({ type: 'failed', problem: exchangeErrorMessage(error, 'exchange.export.failed') });
    } finally {
      abort.current = null;
      dispatch({ type: 'finished' });
    }
  };

  const running = progress !== null;
  return (
    <Stack maw={760}>
      <Radio.Group label={t('exchange.export.scope')} value={scope} onChange={(v) => setScope(v as ScopeChoice)}>
        <Stack gap="xs" mt="xs">
          <Radio value="full" label={t('exchange.scope.full')} disabled={running || !wholeArchive} />
          <Radio value="selection" label={t('exchange.scope.selection')} disabled={running} />
          <Radio value="changes" label={t('exchange.scope.changes')} disabled={running || !wholeArchive} />
          {!wholeArchive && (
            <Text size="sm" c="dimmed">
              {t('exchange.scope.needsAll')}
            </Text>
          )}
        </Stack>
      </Radio.Group>
      {scope === 'selection' && <SelectionChooser value={selection} onChange={setSelection} disabled={running} />}
      {scope === 'selection' && selected && selected.attachments.files > 0 && (
        <Checkbox
          label={t('exchange.export.withoutAttachments', { count: selected.attachments.files, size: sizeText(selected.attachments.bytes, t) })}
          checked={withoutAttachments}
          onChange={(event) => setWithoutAttachments(event.currentTarget.checked)}
          disabled={running}
          data-testid="export-without-attachments"
        />
      )}
      {scope === 'changes' && (
        <Stack gap={4}>
          <Select
            label={t('exchange.export.department')}
            placeholder={t('exchange.export.departmentPlaceholder')}
            data={options}
            value={departmentId}
            onChange={setDepartmentId}
            disabled={running}
            nothingFoundMessage={t('exchange.directory.empty')}
          />
          {departments.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('exchange.export.noDepartments')}
            </Text>
          )}
          {department && (
            <Text size="sm" c="dimmed" data-testid="last-export">
              {lastExport ? t('exchange.export.lastExport', { date: new Date(lastExport).toLocaleString(locale) }) : t('exchange.export.neverExported')}
            </Text>
          )}
        </Stack>
      )}
      <Radio.Group label={t('exchange.export.lock')} value={lock} onChange={(v) => setLock(v as LockChoice)}>
        <Group gap="lg" mt="xs">
          <Radio value="passphrase" label={t('exchange.lock.passphrase')} disabled={running} />
          <Radio value="recipients" label={t('exchange.lock.recipients')} disabled={running} />
        </Group>
      </Radio.Group>
      {lock === 'passphrase' ? (
        <PassphraseFields
          labels={{ passphrase: t('exchange.export.passphrase'), confirmation: t('passphrase.confirm'), hint: t('exchange.export.passphraseHint') }}
          passphrase={secret.passphrase}
          confirmation={secret.confirmation}
          onChange={setSecret}
          disabled={running}
        />
      ) : (
        <MultiSelect
          label={t('exchange.export.recipients')}
          placeholder={recipientIds.length === 0 ? t('exchange.export.departmentPlaceholder') : undefined}
          data={options}
          value={recipientIds}
          onChange={setRecipientIds}
          disabled={running}
          nothingFoundMessage={t('exchange.directory.empty')}
        />
      )}
      <PurposeInput value={purpose} onChange={setPurpose} error={purposeError} disabled={running} />
      <Card withBorder padding="sm" data-testid="export-summary">
        <Title order={3} size="h5" mb={4}>
          {t('exchange.summary.title')}
        </Title>
        <List size="sm" spacing={2}>
          {exportSummary(plan, t, locale).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Card>
      {forbidden && (
        <Alert color="orange" variant="light" data-testid="output-policy-refusal">
          {forbidden}
        </Alert>
      )}
      {problem && <ProblemAlert problem={problem} />}
      {progress && (
        <WorkProgress
          {...progress}
          label={t('exchange.export.start')}
          waiting={t('passphrase.deriving')}
          counting={t('common.progress', { done: progress.done, total: progress.total })}
        />
      )}
      <Group>
        <Button leftSection={<IconFileExport size={18} />} onClick={start} loading={running} disabled={forbidden !== null || policy === undefined}>
          {t('exchange.export.start')}
        </Button>
        {running && (
          <Button variant="default" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
