import { Button, Card, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { hasZeroing } from '../../core/complaints';
import { complaintByNumber } from '../../data/reports';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { CustomerPick } from './CustomerPick';
import { keepEnterInField } from '../../ui/form-keys';

function ReportCard({ title, description, options, children }: { title: string; description: string; options: string; children: ReactNode }) {
  const t = useT();
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs" h="100%">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm">{description}</Text>
        <Text size="sm" c="dimmed">
          {t('reports.list.options', { options })}
        </Text>
        <div style={{ marginTop: 'auto' }}>{children}</div>
      </Stack>
    </Card>
  );
}

/** The zeroing report is opened by the complaint's number; an unknown number is said, nothing opened. */
function ZeroingOpener() {
  const t = useT();
  const { db } = useSession();
  const [, navigate] = useLocation();
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function open() {
    if (!number.trim()) return setError(t('reports.zeroing.numberRequired'));
    const complaint = await complaintByNumber(db, number);
    if (!complaint) return setError(t('reports.zeroing.notFound', { number: number.trim() }));
    if (!hasZeroing(complaint.category)) return setError(t('reports.zeroing.notQualityShort', { number: complaint.number }));
    navigate(`/reports/zeroing/${complaint.id}`);
  }
  return (
    <form
      onKeyDown={keepEnterInField}
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('reports.zeroing.number')}
          placeholder="TS-2026-0001"
          value={number}
          onChange={(e) => (setNumber(e.currentTarget.value), setError(null))}
          error={error}
        />
        <div>
          <Button type="submit" variant="light">
            {t('reports.list.open')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** 报表: the five reports, what each holds and its options; each opens its print preview. */
export function ReportsPage() {
  const t = useT();
  const [, navigate] = useLocation();
  const openButton = (path: string) => (
    <Button variant="light" onClick={() => navigate(path)}>
      {t('reports.list.open')}
    </Button>
  );
  const card = (kind: 'roster' | 'dossier' | 'pareto' | 'complaints' | 'zeroing', children: ReactNode) => (
    <ReportCard
      key={kind}
      title={t(`reports.kind.${kind}` as MessageKey)}
      description={t(`reports.list.${kind}` as MessageKey)}
      options={t(`reports.list.${kind}Options` as MessageKey)}
    >
      {children}
    </ReportCard>
  );
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('nav.reports')}</Title>
      <Text>{t('reports.list.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
        {card('roster', openButton('/reports/roster'))}
        {card('dossier', <CustomerPick onPick={(id) => navigate(`/reports/dossier/${id}`)} />)}
        {card('pareto', openButton('/reports/pareto'))}
        {card('complaints', openButton('/reports/complaints'))}
        {card('zeroing', <ZeroingOpener />)}
      </SimpleGrid>
    </Stack>
  );
}
