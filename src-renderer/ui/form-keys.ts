import type { KeyboardEvent } from 'react';

/** Input types where Enter means "done, submit" (a one-line text field), as browsers submit implicitly. */
const ONE_LINE_TYPES: ReadonlySet<string> = new Set([
  'text',
  'search',
  'tel',
  'url',
  'email',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/**
 * Enter may submit a form only from a plain one-line text field. In an autocomplete, a select, a
 * tags or multi-select input (Mantine comboboxes: `aria-haspopup` / `role="combobox"`), a radio, a
 * checkbox or a segmented control it picks or toggles, and it must not also send the half-filled form
 * (issue 12: Enter in 受访人 saved the 回访 dialog and lost the 客户意见 being typed). A textarea
 * already keeps its Enter (a new line). Buttons are left alone: Enter on a button is its click.
 * Put it on every form: `<form onSubmit={…} onKeyDown={keepEnterInField}>` (a unit test checks).
 */
export function keepEnterInField(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter') return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (ONE_LINE_TYPES.has(target.type) && !isCombobox(target)) return;
  event.preventDefault();
}

function isCombobox(input: HTMLInputElement): boolean {
  return input.getAttribute('role') === 'combobox' || input.hasAttribute('aria-haspopup') || input.hasAttribute('aria-autocomplete');
}
