// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentDropZone } from '../../../../src-renderer/ui/attachments';

afterEach(cleanup);

const fileItem = (file: File) => ({ kind: 'file', getAsFile: () => file, webkitGetAsEntry: () => ({ isDirectory: false }) });
const folderItem = () => ({ kind: 'file', getAsFile: () => new File([], '资料'), webkitGetAsEntry: () => ({ isDirectory: true }) });

function renderZone() {
  const onFiles = vi.fn();
  render(
    <MantineProvider>
      <AttachmentDropZone onFiles={onFiles} capBytes={100 * 1024 * 1024} />
    </MantineProvider>,
  );
  return onFiles;
}

describe('AttachmentDropZone', () => {
  it('yields the dropped files, leaves a folder out with a message, and says the cap', () => {
    const onFiles = renderZone();
    const a = new File(['甲'], '甲.txt');
    const b = new File(['乙'], '乙.txt');
    fireEvent.drop(screen.getByTestId('attachment-drop-zone'), {
      dataTransfer: { types: ['Files'], items: [fileItem(a), folderItem(), fileItem(b)], files: [a, b] },
    });
    expect(onFiles).toHaveBeenCalledWith([a, b]);
    expect(screen.getByRole('alert').textContent).toBe('不能添加文件夹，请打开文件夹选择其中的文件');
    expect(screen.getByText('单个文件不超过 100 MB')).toBeTruthy();
  });

  it('ignores a drag that carries no files (text dragged from the page)', () => {
    const onFiles = renderZone();
    fireEvent.drop(screen.getByTestId('attachment-drop-zone'), { dataTransfer: { types: ['text/plain'], items: [], files: [] } });
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('opens the file chooser from a focusable 选择文件 button and yields the chosen files', () => {
    const onFiles = renderZone();
    const input = screen.getByTestId('attachment-file-input') as HTMLInputElement;
    expect(input.multiple).toBe(true);
    const click = vi.spyOn(input, 'click');
    const button = screen.getByRole('button', { name: '选择文件' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(click).toHaveBeenCalled();
    const file = new File(['丙'], '丙.pdf');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFiles).toHaveBeenCalledWith([file]);
  });
});
