import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { DAY_COUNTS, type ComplaintDeadlineConfig, type ComplaintSettings, type DayCount } from '../../core/complaints';
import { GRADES } from '../../core/grading';
import { COMPLAINT_SEVERITIES } from '../../core/model';
import { complaintSettings, complaintSettingsHistory, saveComplaintSettings } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { normaliseDay } from '../../ui/format';
import { useFormat } from '../../ui/hooks/use-format';
import { useGuardedWrite } from './guarded-write';
import { LabelledSegments } from './LabelledSegments';
import { describeSettingsChange } from './settings-change';

/** 系统设置 › 投诉期限与编号: the department code and the deadline config, with every earlier save listed. */
export function ComplaintSettingsSection() {
  const { db } = useSession();
  const data = useLiveQuery(async () => ({ settings: await complaintSettings(db), history: await complaintSettingsHistory(db) }), [db]);
  if (!data) return null;
  return <SettingsForm key={JSON.stringify(data.settings)} settings={data.settings} history={data.history} />;
}

const lines = (days: readonly string[]) => days.join('\n');
const days = (text: string) =>
  text
    .split(/[\s,，、]+/)
    .filter((d) => d !== '')
    .map(normaliseDay);

/**
 * A count of days in the deadline table. Kept as typed (no clamp) and a cleared field as NaN, so the
 * repository refuses an out-of-range or empty value with its message instead of the form fixing it.
 */
function DaysInput({ label, value, max, onChange }: { label: string; value: number; max: number; onChange: (days: number) => void }) {
  return (
    <NumberInput
      aria-label={label}
      value={value}
      onChange={(v) => onChange(typeof v === 'number' ? v : Number.NaN)}
      min={1}
      max={max}
      clampBehavior="none"
      w={90}
      size="xs"
    />
  );
}

function SettingsForm({ settings, history }: { settings: ComplaintSettings; history: Awaited<ReturnType<typeof complaintSettingsHistory>> }) {
  const t = useT();
  const f = useFormat();
  const { db, busy, errors, run } = useGuardedWrite();
  const [code, setCode] = useState(settings.departmentCode ?? '');
  const [config, setConfig] = useState<ComplaintDeadlineConfig>(settings.deadlines);
  const [holidays, setHolidays] = useState(lines(settings.deadlines.holidays));
  const [makeUp, setMakeUp] = useState(lines(settings.deadlines.makeUpWorkdays));
  const errorAt = (prefix: string) => Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];

  const save = async () => {
    const input = { departmentCode: code, deadlines: { ...config, holidays: days(holidays), makeUpWorkdays: days(makeUp) } };
    await run((ctx) => saveComplaintSettings(db, input, ctx), t('complaints.settings.saved'));
  };

  return (
    <Stack gap="md" data-testid="complaint-settings">
      <Text size="sm" c="dimmed">
        {t('complaints.settings.intro')}
      </Text>
      <TextInput
        label={t('complaints.settings.code')}
        description={t('complaints.settings.codeHint')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={errorAt('departmentCode')}
        maw={360}
      />
      <Table withTableBorder verticalSpacing={4} aria-label={t('complaints.settings.acknowledge')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('complaints.settings.acknowledge')}</Table.Th>
            {COMPLAINT_SEVERITIES.map((s) => (
              <Table.Th key={s}>{t(`complaints.severity.${s}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {GRADES.map((grade) => (
            <Table.Tr key={grade}>
              <Table.Th>{grade}</Table.Th>
              {COMPLAINT_SEVERITIES.map((s) => (
                <Table.Td key={s}>
                  <DaysInput
                    label={`${t('complaints.settings.acknowledge')} ${grade} ${t(`complaints.severity.${s}`)}`}
                    value={config.acknowledgeDays[grade][s]}
                    max={30}
                    onChange={(n) =>
                      setConfig({ ...config, acknowledgeDays: { ...config.acknowledgeDays, [grade]: { ...config.acknowledgeDays[grade], [s]: n } } })
                    }
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th>{t('complaints.settings.closeAfter')}</Table.Th>
            {COMPLAINT_SEVERITIES.map((s) => (
              <Table.Td key={s}>
                <DaysInput
                  label={`${t('complaints.settings.closeAfter')} ${t(`complaints.severity.${s}`)}`}
                  value={config.closeAfterAnswerDays[s]}
                  max={365}
                  onChange={(n) => setConfig({ ...config, closeAfterAnswerDays: { ...config.closeAfterAnswerDays, [s]: n } })}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {(errorAt('deadlines.acknowledgeDays') ?? errorAt('deadlines.closeAfterAnswerDays')) && (
        <Text size="sm" c="red.8" role="alert">
          {errorAt('deadlines.acknowledgeDays') ?? errorAt('deadlines.closeAfterAnswerDays')}
        </Text>
      )}
      <LabelledSegments
        id="day-count"
        label={t('complaints.settings.dayCount')}
        value={config.dayCount}
        onChange={(v) => setConfig({ ...config, dayCount: v as DayCount })}
        data={DAY_COUNTS.map((d) => ({ value: d, label: t(`complaints.settings.dayCount.${d}`) }))}
        w="fit-content"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label={t('complaints.settings.holidays')}
          autosize
          minRows={3}
          maxRows={10}
          value={holidays}
          onChange={(e) => setHolidays(e.currentTarget.value)}
          error={errorAt('deadlines.holidays')}
        />
        <Textarea
          label={t('complaints.settings.makeUp')}
          autosize
          minRows={3}
          maxRows={10}
          value={makeUp}
          onChange={(e) => setMakeUp(e.currentTarget.value)}
          error={errorAt('deadlines.makeUpWorkdays')}
        />
      </SimpleGrid>
      {errors._ && (
        <Alert color="red" role="alert">
          {errors._}
        </Alert>
      )}
      <Group>
        <Button onClick={save} loading={busy} data-testid="complaint-settings-save">
          {t('complaints.settings.save')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('complaints.settings.history')}
        </Text>
        {history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.settings.noHistory')}
          </Text>
        ) : (
          history.map((h) => (
            <Stack gap={0} key={h.at} data-testid="complaint-settings-change">
              <Text size="sm" fw={500}>
                {t('complaints.settings.historyLine', { by: h.by, at: f.instant(h.at) })}
              </Text>
              {describeSettingsChange(h.before, h.after, t, f.locale).map((line) => (
                <Text size="sm" c="dimmed" key={line}>
                  {line}
                </Text>
              ))}
            </Stack>
          ))
        )}
      </Stack>
    </Stack>
  );
}
