// @vitest-environment jsdom
import { Autocomplete, Checkbox, MantineProvider, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormModal } from '../../../src-renderer/ui/FormModal';

/**
 * Issue 12.3: Enter in the 受访人 autocomplete submitted the 回访 dialog. Enter submits a form only
 * from a one-line text field; in a combobox (autocomplete, select, tags, multi-select), a checkbox or
 * a radio it is kept from the form (jsdom does not submit implicitly, so the proof is that the
 * keydown's default — the browser's implicit submission — is prevented). Closing a dialog gives
 * focus back to what opened it.
 */
afterEach(cleanup);

function Dialog({ onSubmit, onClose = () => {} }: { onSubmit: () => void; onClose?: () => void }) {
  return (
    <FormModal
      title="回访"
      onClose={onClose}
      submit={(e) => {
        e?.preventDefault();
        onSubmit();
      }}
      saving={false}
      formErrors={[]}
    >
      <TextInput label="一行文字" />
      <Autocomplete label="受访人" data={['刘工', '王强']} />
      <Select label="来源" data={['问卷', '回访电话']} />
      <MultiSelect label="部门" data={['设计', '工艺']} />
      <TagsInput label="参加人" />
      <Checkbox label="同时记录满意度" />
      <Textarea label="客户意见" />
    </FormModal>
  );
}

const wrap = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);
/** fireEvent returns false when a handler called preventDefault. */
const enterIn = (label: string) => fireEvent.keyDown(screen.getByLabelText(label, { selector: 'input, textarea' }), { key: 'Enter', code: 'Enter' });

describe('Enter in a form dialog', () => {
  it('is kept from the form in an autocomplete, a select, a multi-select, a tags input and a checkbox', () => {
    wrap(<Dialog onSubmit={() => {}} />);
    for (const label of ['受访人', '来源', '部门', '参加人', '同时记录满意度']) expect(enterIn(label), label).toBe(false);
  });

  it('still submits from a one-line text field, and a textarea keeps its Enter (a new line)', () => {
    wrap(<Dialog onSubmit={() => {}} />);
    expect(enterIn('一行文字')).toBe(true);
    expect(enterIn('客户意见')).toBe(true);
  });
});

describe('closing a dialog', () => {
  it('gives focus back to the button that opened it', async () => {
    vi.useFakeTimers();
    try {
      function Page() {
        const [open, setOpen] = useState(false);
        return (
          <>
            <button type="button" onClick={() => setOpen(true)}>
              记录回访
            </button>
            {open && <Dialog onSubmit={() => setOpen(false)} onClose={() => setOpen(false)} />}
          </>
        );
      }
      wrap(<Page />);
      const opener = screen.getByRole('button', { name: '记录回访' });
      opener.focus();
      fireEvent.click(opener);
      act(() => screen.getByLabelText('一行文字').focus());
      fireEvent.click(screen.getByRole('button', { name: '保存' }));
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(screen.queryByLabelText('一行文字')).toBeNull();
      expect(document.activeElement).toBe(opener);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('every form of the renderer', () => {
  it('keeps Enter in its fields (onKeyDown={keepEnterInField} on each <form> and component="form")', () => {
    const root = join(__dirname, '../../../src-renderer');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.tsx')) files.push(path);
      }
    };
    walk(root);
    const missing: string[] = [];
    let forms = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // The opening tag of each form element: up to the next element ('<'; its handlers hold none).
      for (const m of source.matchAll(/<(form\b|[A-Z]\w*[^<>]*?component="form")/g)) {
        forms++;
        const tag = source.slice(m.index + 1).split('<')[0]!;
        if (!tag.includes('onKeyDown={keepEnterInField}')) missing.push(`${file.slice(root.length)}:${source.slice(0, m.index).split('\n').length}`);
      }
    }
    expect(forms).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  });
});
