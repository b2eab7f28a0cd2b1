// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AttachmentPreview, TEXT_PREVIEW_BYTES, type PreviewedAttachment } from '../../../../src-renderer/ui/attachments';

afterEach(cleanup);
beforeAll(() => {
  URL.createObjectURL ??= () => '';
  URL.revokeObjectURL ??= () => {};
});

function renderPreview(attachment: PreviewedAttachment) {
  const onDownload = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <MantineProvider>
      <AttachmentPreview attachment={attachment} onDownload={onDownload} onClose={onClose} />
    </MantineProvider>,
  );
  return { ...view, onDownload, onClose };
}

describe('AttachmentPreview', () => {
  it('shows text as text, never as markup', async () => {
    const text = '会议纪要\n<img src=x onerror=alert(1)><b>加粗</b>';
    renderPreview({ blob: new Blob([text]), fileName: '纪要.txt', mimeType: 'text/plain;charset=utf-8', title: '纪要' });
    const pre = await screen.findByTestId('attachment-preview-text');
    expect(pre.textContent).toBe(text);
    expect(pre.querySelector('img, b')).toBeNull();
    expect(screen.queryByTestId('attachment-preview-notice')).toBeNull();
  });

  it('shows only the first 1 MB of a long text and says so', async () => {
    const blob = new Blob(['甲'.repeat(TEXT_PREVIEW_BYTES / 3 + 100)]);
    renderPreview({ blob, fileName: '日志.log', mimeType: 'text/plain;charset=utf-8', title: '日志' });
    const pre = await screen.findByTestId('attachment-preview-text');
    expect(pre.textContent!.length).toBeLessThan(TEXT_PREVIEW_BYTES / 3 + 100);
    expect(screen.getByTestId('attachment-preview-notice').textContent).toBe('文件较大，只显示前 1 MB，完整内容请下载后查看。');
  });

  it('shows an image through an object URL and revokes it when closed', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:local/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { unmount } = renderPreview({
      blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff])]),
      fileName: '现场.jpg',
      mimeType: 'image/jpeg',
      title: '现场照片',
    });
    const img = (await screen.findByTestId('attachment-preview-image')) as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('blob:local/1');
    expect(img.alt).toBe('现场照片');
    fireEvent.error(img);
    expect(screen.getByTestId('attachment-preview-notice').textContent).toContain('无法显示此图片');
    unmount();
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:local/1'));
    create.mockRestore();
    revoke.mockRestore();
  });

  it('offers 下载 for a type it cannot show', () => {
    const { onDownload } = renderPreview({ blob: new Blob(['PK']), fileName: '方案.docx', mimeType: 'application/zip', title: '方案' });
    expect(screen.getByTestId('attachment-preview-notice').textContent).toBe('此类文件不能在应用内预览，请下载后用相应的程序打开。');
    fireEvent.click(screen.getByRole('button', { name: '下载' }));
    expect(onDownload).toHaveBeenCalledTimes(1);
  });
});
