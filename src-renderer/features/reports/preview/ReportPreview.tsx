import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { formatMark, higherMark, type ClassificationMark } from '../../../core/classification';
import { formatDateTime } from '../../../core/format';
import type { Profile } from '../../../core/profile';
import {
  checkReportMark,
  initialReportMark,
  isBelowMark,
  MarkTooLowError,
  ReportRefusedError,
  type ReportKind,
  type ReportParams,
} from '../../../core/reports';
import { ForbiddenError } from '../../../core/accounts';
import { OutputPolicyError } from '../../../core/output';
import { ValidationError } from '../../../core/validation';
import { getOutputPolicy } from '../../../data/output';
import { HostError } from '../../../host';
import type { MessageKey } from '../../../i18n';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { useActor } from '../../../state/signed-in';
import type { Orientation } from '../../../ui/print/page-css';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { Link } from '../../../ui/Link';
import { MarkPicker } from './MarkPicker';
import { pdfFileName, printReport } from './print-report';
import { notify } from '../../../ui/notify';
import { outputPolicyMessage, policyRefusal } from '../../../ui/output-policy';
import { PurposeInput } from '../../../ui/PurposeInput';

interface ReportPreviewProps {
  profile: Profile;
  report: ReportKind;
  /** The report's title as printed and logged. */
  title: string;
  params: ReportParams;
  /** The records' mark; null while the report is read. */
  floor: ClassificationMark | null;
  orientation: Orientation;
  /** The report's own options (year, filters, period, names). */
  options?: ReactNode;
  /** Beside 打印 and 另存为 PDF: the report's table export (issue 16.4), which has its own dialog and 用途. */
  exportButton?: ReactNode;
  children: ReactNode;
}

/**
 * 打印预览: the report on its A4 sheet as it will print, with the print options above it (hidden
 * in print): the mark (never below the records'), the organisation and the operator from the
 * profile, 打印 and 另存为 PDF. In the browser both open the print dialog, and the page says so.
 */
export function ReportPreview({ profile, report, title, params, floor, orientation, options, exportButton, children }: ReportPreviewProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const session = useSession();
  const actor = useActor();
  const [mark, setMark] = useState<ClassificationMark>(() => initialReportMark(profile.defaultMark, floor ?? profile.defaultMark));
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const [purpose, setPurpose] = useState('');
  const [purposeError, setPurposeError] = useState<MessageKey | null>(null);
  // The 份号 of the print under way: on every page while the dialog lays them out, none otherwise.
  const [copyNumber, setCopyNumber] = useState<string | null>(null);
  const policy = useLiveQuery(() => getOutputPolicy(session.db), [session.db]);
  // Records read later (or a filter that takes in a higher one) raise the mark; the user never lowers it silently.
  useEffect(() => {
    if (floor) setMark((m) => (isBelowMark(m, floor) ? higherMark(m, floor) : m));
  }, [floor]);

  const ready = floor !== null;
  // The output policy (issue 15.6): the buttons say why they are disabled; the register refuses too.
  const refusal = policy ? policyRefusal(policy, actor.roles, 'print', mark.level) : null;
  const allowed = ready && checkReportMark(mark, floor).ok && policy !== undefined && refusal === null;
  const browser = !session.host.capabilities.pdfBytes;

  async function run(action: 'print' | 'pdf') {
    if (!floor) return;
    const now = new Date();
    // The footer's time is the time of printing: rendered before the dialog lays the pages out.
    flushSync(() => setPrintedAt(now));
    setBusy(action);
    try {
      const outcome = await printReport(
        {
          db: session.db,
          host: session.host,
          origin: session.installation.installationId,
          actor,
          now: () => new Date(),
          // Rendered at once: the dialog lays out the page as it is when it opens.
          showNumber: (number) => flushSync(() => setCopyNumber(number)),
        },
        { action, report, title, params, mark, floor, orientation, purpose, fileName: (number) => pdfFileName(title, now, number) },
      );
      const number = outcome.line.number;
      if (outcome.done) notify('green', t(action === 'pdf' && !browser ? 'output.done.pdf' : 'output.done.print', { number }));
      else notify('gray', t('output.cancelled', { number }));
      setPurposeError(null);
    } catch (error) {
      if (error instanceof ValidationError) {
        setPurposeError((error.fieldErrors.purpose ?? 'validation.required') as MessageKey);
        return;
      }
      const message =
        error instanceof MarkTooLowError
          ? t('reports.error.markTooLow', { floor: error.floor })
          : error instanceof ReportRefusedError
            ? t(error.code)
            : error instanceof OutputPolicyError
              ? outputPolicyMessage(t, error)
              : error instanceof ForbiddenError
                ? t('accounts.forbidden')
                : error instanceof HostError
                  ? t(`hostError.${error.code}`)
                  : t('reports.error.failed');
      notify('red', message);
    } finally {
      setBusy(null);
    }
  }

  const printedLine = t('reports.sheet.printed', { name: actor.name, at: formatDateTime(printedAt, locale) });
  return (
    <Stack gap="md">
      <Stack gap="md" data-print-hide>
        <Group justify="space-between">
          <Title order={2}>{title}</Title>
          <Link href="#/reports" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} />
              {t('reports.back')}
            </Group>
          </Link>
        </Group>
        <Card withBorder component="section" aria-label={t('reports.options')}>
          <Stack gap="sm">
            {options}
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              {floor ? <MarkPicker mark={mark} floor={floor} onChange={setMark} /> : <Loader size="sm" />}
              <div>
                <Text size="sm" fw={500}>
                  {t('reports.organisation')}
                </Text>
                <Text size="sm" data-testid="report-organisation">
                  {profile.organisation}
                </Text>
              </div>
              <div>
                <Text size="sm" fw={500}>
                  {t('reports.operator')}
                </Text>
                <Text size="sm">{actor.name}</Text>
              </div>
            </SimpleGrid>
            <PurposeInput value={purpose} onChange={setPurpose} error={purposeError} testId="output-purpose" />
            {refusal && (
              <Alert color="orange" variant="light" p="xs" data-testid="output-policy-refusal">
                <Text size="sm">{outputPolicyMessage(t, refusal)}</Text>
              </Alert>
            )}
            <Group gap="sm">
              <Button leftSection={<IconPrinter size={16} />} disabled={!allowed || busy !== null} loading={busy === 'print'} onClick={() => void run('print')}>
                {t('reports.print')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconFileTypePdf size={16} />}
                disabled={!allowed || busy !== null}
                loading={busy === 'pdf'}
                onClick={() => void run('pdf')}
              >
                {t('reports.pdf')}
              </Button>
              {exportButton}
            </Group>
            {browser && (
              <Alert color="blue" variant="light" p="xs">
                <Text size="sm">{t('reports.browserNote')}</Text>
              </Alert>
            )}
          </Stack>
        </Card>
      </Stack>
      <PrintSheet
        label={title}
        setup={{
          orientation,
          mark: formatMark(mark),
          copyNumber: copyNumber ? t('output.copyNumberLine', { number: copyNumber }) : t('output.copyNumberNone'),
          organisation: profile.organisation,
          printedLine,
          pageTemplate: t('reports.sheet.pages'),
        }}
        footerNote={t('reports.sheet.pagesNote')}
        busy={!ready}
      >
        {ready ? children : <Loader size="sm" />}
      </PrintSheet>
    </Stack>
  );
}
