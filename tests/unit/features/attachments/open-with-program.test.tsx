// @vitest-environment jsdom
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ARCHIVE_AUDIT_ACTIONS } from '../../../../src-renderer/core/audit/archive-actions';
import { addAttachments, type AttachmentRecord } from '../../../../src-renderer/data/attachments';
import { AttachmentsSection } from '../../../../src-renderer/features/attachments/AttachmentsSection';
import { openWithProgramFailure } from '../../../../src-renderer/features/attachments/OpenWithProgramConfirm';
import { HostError, type HostBridge } from '../../../../src-renderer/host/bridge';
import { createBrowserHost } from '../../../../src-renderer/host/browser-host';
import { createTranslator } from '../../../../src-renderer/i18n';
import { testActor } from '../../../shared/actors';
import { complaintsWorld } from '../../data/complaints/fixtures';
import { fillJsdomGaps, renderSignedIn } from '../render-signed-in';

/** 用系统程序打开 (issue 18.3) on the screen: offered in Electron only, asked first, then handed to the host. */
fillJsdomGaps();
// jsdom's Blob has no stream(): the file is hashed from its bytes instead.
vi.mock('../../../../src-renderer/data/attachments/hash-stream', () => ({
  sha256OfBlob: async (blob: Blob) => bytesToHex(sha256(new Uint8Array(await blob.arrayBuffer()))),
}));
// …and a Blob read back from the fake IndexedDB has lost its methods: the stored bytes are handed back as a Blob.
vi.mock('../../../../src-renderer/data/attachments/reads', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  attachmentContent: async () => new Blob([DOCX]),
  requireAttachmentBytes: async () => new Uint8Array(DOCX),
}));
beforeAll(() => {
  URL.createObjectURL ??= () => '';
  URL.revokeObjectURL ??= () => {};
});

let close = () => {};
afterEach(() => {
  cleanup();
  close();
});

const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

async function listed(host: HostBridge, fileName = '总装工艺.docx') {
  const w = await complaintsWorld();
  close = () => w.db.close();
  const records: AttachmentRecord[] = await addAttachments(
    w.db,
    { kind: 'customers', id: w.institute.id },
    [{ file: new Blob([DOCX]), fileName, entry: { title: '总装工艺', kind: 'report', classification: 'secret', notes: '' } }],
    w.ctx,
    1024 * 1024,
  );
  await renderSignedIn(w.db, testActor(), <AttachmentsSection records={records} addTo={null} defaultClassification="internal" />, host);
  await screen.findByRole('button', { name: '下载 总装工艺' });
  return w;
}

describe('用系统程序打开 on the screen', () => {
  it('is not offered in the browser: 下载 is the way', async () => {
    await listed(createBrowserHost(document));
    expect(screen.queryByRole('button', { name: /用系统程序打开/ })).toBeNull();
  });

  it('is not offered in Electron for a type the system’s program may not be handed', async () => {
    const browser = createBrowserHost(document);
    const host: HostBridge = { ...browser, kind: 'electron', capabilities: { ...browser.capabilities, openWithProgram: true } };
    await listed(host, '数据.dat');
    expect(screen.queryByRole('button', { name: /用系统程序打开/ })).toBeNull();
  });

  it('in Electron asks first, saying where the copy goes and that another program shows it, then hands the file over and records it', async () => {
    const openWithProgram = vi.fn(async () => null);
    const browser = createBrowserHost(document);
    const host: HostBridge = { ...browser, kind: 'electron', capabilities: { ...browser.capabilities, openWithProgram: true }, openWithProgram };
    const w = await listed(host);
    expect(screen.queryByRole('button', { name: /预览/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '用系统程序打开 总装工艺' }));
    const dialog = await screen.findByRole('dialog', { name: '用系统程序打开：总装工艺' });
    expect(dialog.textContent).toContain('密级：秘密');
    expect(dialog.textContent).toContain('临时副本');
    expect(dialog.textContent).toContain('而不是本系统');
    expect(dialog.textContent).toContain('退出本系统时删除');
    expect(dialog.textContent).not.toMatch(/[A-Za-z]/);
    expect(openWithProgram).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '打开' }));
    await waitFor(() => expect(openWithProgram).toHaveBeenCalledWith({ name: '总装工艺.docx', bytes: DOCX }));
    await waitFor(async () => expect(await w.db.audit.where('action').equals(ARCHIVE_AUDIT_ACTIONS.attachmentOpenWithProgram).count()).toBe(1));
  });

  it('says why it did not open, in the host’s words or, for the system’s refusal, its own', () => {
    const t = createTranslator('zh-CN');
    expect(openWithProgramFailure(t, new HostError('io-error', 'open-failed'))).toBe('未能用系统程序打开此文件（本机可能没有能打开此类文件的程序）');
    expect(openWithProgramFailure(t, new HostError('file-too-large'))).toBe(t('hostError.file-too-large'));
    expect(openWithProgramFailure(t, new Error('x'))).toBe('未能用系统程序打开此文件（本机可能没有能打开此类文件的程序）');
  });
});
