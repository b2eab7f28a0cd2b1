import '@mantine/dates/styles.css';
import 'dayjs/locale/zh-cn';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { isCalendarDay } from '../core/days';
import { formatIsoDay, normaliseDayText } from '../core/format';
import { useT } from '../i18n/react';
import { usePreferences } from '../state/preferences';

interface DayInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value?: string;
  onChange: (value: string) => void;
  /** The last day the calendar offers ('YYYY-MM-DD'), e.g. today for a cooperation start. */
  maxDate?: string;
}

/**
 * A calendar day typed as YYYY-MM-DD (fastest from the keyboard, and what the repository checks),
 * with a calendar to pick from and the day as an office writes it (2026年11月26日) under the field.
 * Neither Mantine's DateInput (it silently drops text it cannot parse, so a typo would be saved as
 * "no date") nor `<input type="date">` (Chromium shows it in the OS locale's order, 03/10/2026).
 * The typed text is kept as is; the form normalises it on save and the repository judges it. The
 * day under the field and the calendar only follow text that is a real day (`isCalendarDay`, strict):
 * 2026-13-45 shows no date at all rather than a rolled-over 2027年2月14日.
 */
export function DayInput({ value = '', onChange, description, maxDate, ...props }: DayInputProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const [opened, setOpened] = useState(false);
  const day = normaliseDayText(value);
  const valid = isCalendarDay(day);
  const picker = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('common.pickDate')} onClick={() => setOpened((o) => !o)}>
          <IconCalendar size={18} stroke={1.6} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatesProvider settings={{ locale: locale === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}>
          <DatePicker
            value={valid ? day : null}
            defaultDate={valid ? day : undefined}
            maxDate={maxDate}
            onChange={(picked) => {
              if (picked) onChange(picked);
              setOpened(false);
            }}
          />
        </DatesProvider>
      </Popover.Dropdown>
    </Popover>
  );
  return (
    <TextInput
      {...props}
      placeholder="YYYY-MM-DD"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      description={valid ? formatIsoDay(day, locale) : description}
      rightSection={picker}
      rightSectionPointerEvents="all"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
