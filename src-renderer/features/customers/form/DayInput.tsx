import '@mantine/dates/styles.css';
import 'dayjs/locale/zh-cn';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { isValidIsoDate } from '../../../core/archive-domain';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { formatDay, todayIso } from '../shared/dates';
import { normaliseDayInput } from './form-values';

interface DayInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A calendar day typed as YYYY-MM-DD (what the keyboard is fastest at, and what the repository
 * checks), with a calendar to pick from and the day as an office writes it (2026年11月26日) under
 * the field. Not Mantine's DateInput: it silently drops text it cannot parse, so a typo would be
 * saved as "no date" instead of being shown as an error.
 */
export function DayInput({ value, onChange, description, ...props }: DayInputProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const [opened, setOpened] = useState(false);
  const day = normaliseDayInput(value);
  const valid = isValidIsoDate(day);
  const picker = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('customers.form.pickDate')} onClick={() => setOpened((o) => !o)}>
          <IconCalendar size={18} stroke={1.6} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatesProvider settings={{ locale: locale === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}>
          <DatePicker
            value={valid ? day : null}
            defaultDate={valid ? day : undefined}
            maxDate={todayIso()}
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
      description={valid ? formatDay(day, locale) : description}
      rightSection={picker}
      rightSectionPointerEvents="all"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
