// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentList, type AttachmentRow } from '../../../../src-renderer/ui/attachments';

afterEach(cleanup);

const row = (
  id: string,
  title: string,
  kind: AttachmentRow['kind'],
  addedAt: string,
  mimeType = 'application/pdf',
  extra: Partial<AttachmentRow> = {},
): AttachmentRow => ({
  id,
  title,
  kind,
  classification: 'internal',
  fileName: `${title}.pdf`,
  mimeType,
  size: 3 * 1024 * 1024 + 200 * 1024,
  addedAt,
  addedBy: '张三',
  ...extra,
});

const ROWS = [
  row('1', '供货合同', 'agreement', '2026-03-01T02:00:00.000Z'),
  row('2', '评审会纪要', 'minutes', '2026-05-10T06:30:00.000Z', 'text/plain;charset=utf-8', { classification: 'secret', size: 512 }),
  row('3', '用户来函', 'letter', '2026-04-02T01:00:00.000Z', 'application/zip'),
];

function renderList(props: Partial<Parameters<typeof AttachmentList>[0]> = {}) {
  const handlers = { onPreview: vi.fn(), onDownload: vi.fn(), onDelete: vi.fn() };
  render(
    <MantineProvider>
      <AttachmentList rows={ROWS} {...handlers} {...props} />
    </MantineProvider>,
  );
  return handlers;
}

const titles = () => screen.getAllByTestId('attachment-row').map((tr) => within(tr).getAllByRole('cell')[0]!.textContent);

describe('AttachmentList', () => {
  it('lists the newest first with kind, mark, size and the time added, and offers 预览 only for what the app can show', () => {
    const { onPreview, onDownload, onDelete } = renderList();
    expect(titles()).toEqual(['评审会纪要', '用户来函', '供货合同']);
    const minutes = screen.getAllByTestId('attachment-row')[0]!;
    expect(within(minutes).getByText('纪要')).toBeTruthy();
    expect(within(minutes).getByTestId('classification-mark').textContent).toBe('秘密');
    expect(within(minutes).getByText('512 字节')).toBeTruthy();
    expect(within(screen.getAllByTestId('attachment-row')[2]!).getByText('3.2 MB')).toBeTruthy();
    expect(within(minutes).getByText(/^2026年5月10日 \d\d:30$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '预览 用户来函' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '预览 评审会纪要' }));
    expect(onPreview).toHaveBeenCalledWith(ROWS[1]);
    fireEvent.click(screen.getByRole('button', { name: '下载 用户来函' }));
    expect(onDownload).toHaveBeenCalledWith(ROWS[2]);
    fireEvent.click(screen.getByRole('button', { name: '删除 供货合同' }));
    expect(onDelete).toHaveBeenCalledWith(ROWS[0]);
    expect(screen.getByText('共 3 个附件')).toBeTruthy();
  });

  it('filters by kind and sorts oldest first when told', () => {
    const { rerender } = render(
      <MantineProvider>
        <AttachmentList rows={ROWS} kind="letter" sort="newest" />
      </MantineProvider>,
    );
    expect(titles()).toEqual(['用户来函']);
    expect(screen.queryByRole('button', { name: /^删除/ })).toBeNull();
    rerender(
      <MantineProvider>
        <AttachmentList rows={ROWS} kind="all" sort="oldest" />
      </MantineProvider>,
    );
    expect(titles()).toEqual(['供货合同', '用户来函', '评审会纪要']);
    rerender(
      <MantineProvider>
        <AttachmentList rows={ROWS} kind="report" />
      </MantineProvider>,
    );
    expect(screen.getByText('没有此类别的附件')).toBeTruthy();
  });

  it('offers 用系统程序打开 in 预览’s place, only for a file the app cannot show whose row may be handed over', () => {
    const onOpenWithProgram = vi.fn();
    const rows = ROWS.map((r) => ({ ...r, opensWithProgram: true }));
    renderList({ rows, onOpenWithProgram });
    expect(screen.queryByRole('button', { name: '用系统程序打开 供货合同' })).toBeNull();
    expect(screen.queryByRole('button', { name: '用系统程序打开 评审会纪要' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '用系统程序打开 用户来函' }));
    expect(onOpenWithProgram).toHaveBeenCalledWith(rows[2]);
    cleanup();
    renderList({ onOpenWithProgram });
    expect(screen.queryByRole('button', { name: /^用系统程序打开/ })).toBeNull();
  });

  it('says when there is nothing', () => {
    renderList({ rows: [] });
    expect(screen.getByText('还没有附件')).toBeTruthy();
  });
});
