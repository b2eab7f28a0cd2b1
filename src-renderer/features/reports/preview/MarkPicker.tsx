import { Group, Select, Text } from '@mantine/core';
import {
  CLASSIFICATION_LEVELS,
  DEFAULT_PERIOD_YEARS,
  formatMark,
  markFor,
  type ClassificationLevel,
  type ClassificationMark,
} from '../../../core/classification';
import { checkReportMark } from '../../../core/reports';
import { useT } from '../../../i18n/react';
import { RangedIntegerInput } from '../../../ui/RangedIntegerInput';

/**
 * The report's classification mark: every level is offered (so a lower choice is answered with the
 * rule, not silently hidden), a secrecy period for 秘密/机密. A mark below the records' is refused
 * with the records' mark named; the print buttons stay disabled until it is raised again.
 */
export function MarkPicker({ mark, floor, onChange }: { mark: ClassificationMark; floor: ClassificationMark; onChange: (mark: ClassificationMark) => void }) {
  const t = useT();
  const check = checkReportMark(mark, floor);
  const classified = mark.periodYears !== null;
  return (
    <div>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select
          label={t('reports.mark.label')}
          data={CLASSIFICATION_LEVELS.map((level) => ({ value: level, label: formatMark(markFor(level)).replace(/★.*$/, '') }))}
          value={mark.level}
          allowDeselect={false}
          onChange={(value) => value && onChange({ level: value as ClassificationLevel, periodYears: DEFAULT_PERIOD_YEARS[value as ClassificationLevel] })}
          error={check.ok ? undefined : t('reports.error.markTooLow', { floor: check.floor })}
          w={220}
          data-testid="mark-level"
        />
        {classified && (
          <RangedIntegerInput
            label={t('reports.mark.period')}
            value={mark.periodYears ?? 0}
            min={1}
            max={30}
            onValue={(value) => onChange({ level: mark.level, periodYears: value })}
            w={110}
          />
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={4} data-testid="mark-floor">
        {t('reports.mark.floor', { mark: formatMark(floor) })}
      </Text>
    </div>
  );
}
