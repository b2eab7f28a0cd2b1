// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { AddAttachmentsModal, type AttachmentSubmitItem } from '../../../../src-renderer/ui/attachments';
import { fillJsdomGaps } from '../../features/render-signed-in';

/** Issue 18, "Bad input": every file is checked in the browser before anything is stored, each refusal in Chinese. */
afterEach(cleanup);
fillJsdomGaps();

const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const file = (bytes: BlobPart, name: string) => new File([bytes], name);

function renderModal(files: File[], onSubmit = vi.fn<(items: AttachmentSubmitItem[]) => Promise<void>>(async () => {}), onClose = vi.fn()) {
  render(
    <MantineProvider>
      <AddAttachmentsModal files={files} defaultClassification="internal" capBytes={1024} targetLabel="某某研究所" onSubmit={onSubmit} onClose={onClose} />
    </MantineProvider>,
  );
  return { onSubmit, onClose };
}

/** Reading the files' first bytes is asynchronous; a loaded CI machine takes longer than the default 1 s. */
const SLOW = { timeout: 5000 };
/** Six Mantine rows in jsdom: ~8 s on a machine shared by several runs (the global 20 s was exceeded once under load). */
const HEAVY = 60_000;
const items = () => screen.getAllByTestId('attachment-item');
const itemNamed = (name: string) => items().find((item) => within(item).getByTestId('attachment-item-name').textContent === name)!;
// Role queries walk the accessibility tree of six Mantine rows: far slower than these direct lookups on a loaded machine.
const submitButton = () => screen.getByTestId('attachments-submit');

describe('AddAttachmentsModal', () => {
  it(
    'refuses an empty file, a file over the cap, a mismatched type and a name with path characters, each with its message, and waits until they are removed',
    async () => {
      const { onSubmit } = renderModal([
        file('', '空白.txt'),
        file(new Uint8Array(2048).fill(65), '大文件.txt'),
        file(PNG, '合同.pdf'),
        file('纪要正文', '会议\\纪要.txt'),
        file('MZ\x90\x00', '工具.dat'),
        file(PDF, '供货合同.pdf'),
      ]);
      await waitFor(() => expect(screen.queryByText('正在检查文件…')).toBeNull(), SLOW);
      expect(within(itemNamed('空白.txt')).getByTestId('attachment-item-refused').textContent).toBe('文件是空的（0 字节），未添加');
      expect(within(itemNamed('大文件.txt')).getByTestId('attachment-item-refused').textContent).toBe('文件超过单个附件的大小上限，未添加');
      expect(within(itemNamed('合同.pdf')).getByTestId('attachment-item-refused').textContent).toBe('文件内容与扩展名不符（例如改了扩展名的文件），未添加');
      expect(within(itemNamed('会议\\纪要.txt')).getByTestId('attachment-item-refused').textContent).toBe('文件名不能含有路径字符（/ \\ : * ? " < > |）');
      expect(within(itemNamed('工具.dat')).getByTestId('attachment-item-refused').textContent).toBe('不能添加程序或脚本文件');
      // A refused file gets no fields; the accepted one does.
      expect(within(itemNamed('空白.txt')).queryByLabelText(/标题/)).toBeNull();
      expect((within(itemNamed('供货合同.pdf')).getByLabelText(/标题/) as HTMLInputElement).value).toBe('供货合同');
      expect(screen.getByTestId('attachments-refused').textContent).toContain('请移除标红的文件');
      expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
      fireEvent.submit(submitButton().closest('form')!);
      expect(onSubmit).not.toHaveBeenCalled();

      for (const name of ['空白.txt', '大文件.txt', '合同.pdf', '会议\\纪要.txt', '工具.dat']) fireEvent.click(screen.getByLabelText(`移除 ${name}`));
      expect(items()).toHaveLength(1);
      expect(screen.queryByTestId('attachments-refused')).toBeNull();
      expect((submitButton() as HTMLButtonElement).disabled).toBe(false);
      expect(submitButton().textContent).toBe('添加 1 个附件');
    },
    HEAVY,
  );

  it(
    'submits each file with its title (the name without extension), kind (a photo starts as 照片), the record’s mark and notes, then closes',
    async () => {
      const pdf = file(PDF, '供货合同.v2.pdf');
      const png = file(PNG, '现场照片.png');
      const { onSubmit, onClose } = renderModal([pdf, png]);
      await waitFor(() => expect((submitButton() as HTMLButtonElement).disabled).toBe(false), SLOW);
      expect(screen.getByText('添加到：某某研究所')).toBeTruthy();
      expect(within(itemNamed('供货合同.v2.pdf')).getByText(`${PDF.length} 字节`)).toBeTruthy();
      fireEvent.change(within(itemNamed('供货合同.v2.pdf')).getByLabelText(/备注/), { target: { value: '双方已盖章' } });
      fireEvent.click(submitButton());
      await waitFor(() => expect(onClose).toHaveBeenCalled(), SLOW);
      expect(onSubmit).toHaveBeenCalledWith([
        { file: pdf, entry: { title: '供货合同.v2', kind: null, classification: 'internal', notes: '双方已盖章' } },
        { file: png, entry: { title: '现场照片', kind: 'photo', classification: 'internal', notes: '' } },
      ]);
    },
    HEAVY,
  );

  it('shows the storage’s refusals at the fields of the file they name and keeps the dialog open', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ValidationError({ 'items.1.kind': 'validation.choice', 'items.0.title': 'validation.required', other: 'validation.invalid' });
    });
    const { onClose } = renderModal([file(PDF, '甲.pdf'), file(PDF, '乙.pdf')], onSubmit);
    await waitFor(() => expect((submitButton() as HTMLButtonElement).disabled).toBe(false), SLOW);
    fireEvent.click(submitButton());
    await waitFor(() => expect(screen.getByText('请从列表中选择')).toBeTruthy(), SLOW);
    expect(within(itemNamed('乙.pdf')).getByText('请从列表中选择')).toBeTruthy();
    expect(within(itemNamed('甲.pdf')).getByText('此项必填')).toBeTruthy();
    expect(screen.getByText('请更正标红的字段，尚未保存任何内容')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('takes more files and checks them too', async () => {
    renderModal([file(PDF, '甲.pdf')]);
    await waitFor(() => expect((submitButton() as HTMLButtonElement).disabled).toBe(false), SLOW);
    const input = screen.getByTestId('attachment-file-input') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file('', '空.txt')] } });
    await waitFor(() => expect(within(itemNamed('空.txt')).getByTestId('attachment-item-refused')).toBeTruthy(), SLOW);
    expect((submitButton() as HTMLButtonElement).disabled).toBe(true);
  });
});
