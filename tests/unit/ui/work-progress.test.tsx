// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkProgress } from '../../../src-renderer/ui/WorkProgress';

/** The bar of an export or backup that carries attachments (issue 18.5): records first, then the attachments' megabytes. */
afterEach(cleanup);

function bar(props: Parameters<typeof WorkProgress>[0]) {
  render(
    <MantineProvider>
      <WorkProgress {...props} />
    </MantineProvider>,
  );
  return Number(screen.getByRole('progressbar', { name: '导出' }).getAttribute('aria-valuenow'));
}

const texts = { label: '导出', waiting: '正在生成密钥…', counting: '已处理 13,699 / 13,699 条' };

describe('WorkProgress', () => {
  it('without attachments: the records alone', () => {
    expect(bar({ done: 50, total: 200, ...texts })).toBe(25);
    expect(screen.queryByText(/附件/)).toBeNull();
  });

  it('with attachments: all records written is not the end; the megabytes follow, and the bar with them', () => {
    const attachmentBytes = { done: 0, total: 2048 * 1024 * 1024 };
    const recordsDone = bar({ done: 13_699, total: 13_699, attachmentBytes, ...texts });
    expect(recordsDone).toBeLessThan(1);
    cleanup();
    const half = bar({ done: 13_699, total: 13_699, attachmentBytes: { ...attachmentBytes, done: attachmentBytes.total / 2 }, ...texts });
    expect(half).toBeGreaterThan(49);
    expect(half).toBeLessThan(51);
    expect(screen.getByText('已处理 13,699 / 13,699 条 附件 1074 / 2147 MB')).toBeTruthy();
  });
});
