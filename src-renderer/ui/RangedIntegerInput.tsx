import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/react';

interface RangedIntegerInputProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'min' | 'max' | 'clampBehavior'> {
  /** The value in force. */
  value: number;
  min: number;
  max: number;
  /** Called with each typed value that is an integer in min…max (and only then). */
  onValue: (value: number) => void;
}

/**
 * A whole number that takes effect as soon as it is valid (a setting saved on change). What the user
 * typed stays in the field: a value out of range is neither clamped on leaving the field nor quietly
 * ignored while the field shows it — it is red with the limits, and the value in force is unchanged.
 */
export function RangedIntegerInput({ value, min, max, onValue, error, ...props }: RangedIntegerInputProps) {
  const t = useT();
  const [typed, setTyped] = useState<string | number>(value);
  // A new value from outside (another tab, a reset) replaces what was typed.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setTyped(value);
  }
  const valid = (v: string | number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  return (
    <NumberInput
      {...props}
      value={typed}
      min={min}
      max={max}
      clampBehavior="none"
      error={valid(typed) ? error : t('validation.integerRange', { min, max })}
      onChange={(v) => {
        setTyped(v);
        if (valid(v) && v !== value) onValue(v);
      }}
    />
  );
}
