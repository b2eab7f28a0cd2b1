// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RangedIntegerInput } from '../../../src-renderer/ui/RangedIntegerInput';

/** Issue 12.5: a number setting never clamps or quietly ignores what was typed. */
afterEach(cleanup);

function renderInput(onValue: (n: number) => void, value = 7) {
  render(
    <MantineProvider>
      <RangedIntegerInput label="保留份数" min={1} max={30} value={value} onValue={onValue} />
    </MantineProvider>,
  );
  return screen.getByRole('textbox', { name: '保留份数' });
}

describe('RangedIntegerInput', () => {
  it('keeps a value out of range as typed, says the limits and does not apply it, also after leaving the field', () => {
    const onValue = vi.fn();
    const input = renderInput(onValue);
    fireEvent.change(input, { target: { value: '40' } });
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe('40');
    expect(screen.getByText('须为 1–30 之间的整数')).toBeTruthy();
    expect(onValue).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe('0');
    expect(onValue).not.toHaveBeenCalled();
  });

  it('applies a value in range at once', () => {
    const onValue = vi.fn();
    const input = renderInput(onValue);
    fireEvent.change(input, { target: { value: '12' } });
    expect(onValue).toHaveBeenCalledWith(12);
    expect(screen.queryByText('须为 1–30 之间的整数')).toBeNull();
  });
});
