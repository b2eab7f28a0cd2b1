import { Select } from '@mantine/core';
import { useT } from '../../../i18n/react';

/** The year of a yearly report, among the years that have data (newest first); `empty` says why there is none. */
export function YearSelect({
  years,
  year,
  onChange,
  empty,
}: {
  years: readonly number[] | undefined;
  year: number | null;
  onChange: (year: number) => void;
  empty: string;
}) {
  const t = useT();
  return (
    <Select
      label={t('reports.option.year')}
      data={(years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
      value={year === null ? null : String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      placeholder={empty}
      w={140}
    />
  );
}
