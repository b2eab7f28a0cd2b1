import { describe, expect, it } from 'vitest';
import {
  attachmentFieldsSchema,
  attachmentFileNameSchema,
  attachmentSizeProblem,
  previewKindOf,
  sniffFileType,
} from '../../../../src-renderer/core/attachments';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const PDF = bytes('%PDF-1.7\n%âãÏÓ\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]);

describe('sniffFileType: the stored type comes from the bytes, checked against the name', () => {
  it('recognises PDF, images, office containers and UTF-8 text', () => {
    expect(sniffFileType('技术协议.pdf', PDF)).toEqual({ ok: true, type: { mimeType: 'application/pdf', preview: 'pdf' } });
    expect(sniffFileType('故障照片.PNG', PNG)).toEqual({ ok: true, type: { mimeType: 'image/png', preview: 'image' } });
    expect(sniffFileType('现场.jpeg', JPEG)).toMatchObject({ ok: true, type: { mimeType: 'image/jpeg' } });
    expect(sniffFileType('纪要.docx', DOCX)).toMatchObject({ ok: true, type: { mimeType: 'application/zip', preview: 'none' } });
    expect(sniffFileType('说明.txt', bytes('第一行\n第二行'))).toEqual({ ok: true, type: { mimeType: 'text/plain;charset=utf-8', preview: 'text' } });
  });

  it('keeps text whose sample ends inside a character', () => {
    const text = new TextEncoder().encode('质量问题归零');
    expect(sniffFileType('a.txt', text.subarray(0, text.length - 1)).ok).toBe(true);
  });

  it('refuses a file whose content does not match its extension', () => {
    expect(sniffFileType('合同.pdf', PNG)).toEqual({ ok: false, message: 'validation.attachments.typeMismatch' });
    expect(sniffFileType('照片.jpg', PDF)).toEqual({ ok: false, message: 'validation.attachments.typeMismatch' });
    expect(sniffFileType('说明.txt', PDF)).toEqual({ ok: false, message: 'validation.attachments.typeMismatch' });
    expect(sniffFileType('说明.txt', bytes([0x41, 0, 0x42]))).toEqual({ ok: false, message: 'validation.attachments.typeMismatch' });
    expect(sniffFileType('报告.pdf', bytes('just text'))).toEqual({ ok: false, message: 'validation.attachments.typeMismatch' });
  });

  it('refuses programs and scripts whatever their name', () => {
    expect(sniffFileType('合同.pdf', bytes('MZ\x90\x00'))).toEqual({ ok: false, message: 'validation.attachments.program' });
    expect(sniffFileType('run', bytes([0x7f, 0x45, 0x4c, 0x46]))).toEqual({ ok: false, message: 'validation.attachments.program' });
    expect(sniffFileType('a.sh', bytes('#!/bin/sh\n'))).toEqual({ ok: false, message: 'validation.attachments.program' });
  });

  it('keeps unknown content under an unknown name as a download only', () => {
    expect(sniffFileType('数据.bin', bytes([1, 2, 3]))).toEqual({ ok: true, type: { mimeType: 'application/octet-stream', preview: 'none' } });
    expect(previewKindOf('application/octet-stream')).toBe('none');
    expect(previewKindOf('text/plain;charset=utf-8')).toBe('text');
  });
});

describe('attachment names and sizes', () => {
  it('refuses path characters, control characters and dot-only names; trims the ends', () => {
    expect(attachmentFileNameSchema.parse('  归零报告.pdf ')).toBe('归零报告.pdf');
    for (const name of ['../etc/passwd', 'a\\b.pdf', 'C:evil.pdf', '..', 'a\u0007.pdf', 'a\u202e.pdf', '']) {
      expect(attachmentFileNameSchema.safeParse(name).success, name).toBe(false);
    }
    expect(attachmentFileNameSchema.safeParse('../x')).toMatchObject({ success: false });
    expect(attachmentFileNameSchema.safeParse('a/b').error?.issues[0]?.message).toBe('validation.attachments.pathChars');
  });

  it('refuses an empty file and one over the cap, exactly at the cap is kept', () => {
    expect(attachmentSizeProblem(0, 100)).toBe('validation.attachments.empty');
    expect(attachmentSizeProblem(101, 100)).toBe('validation.attachments.tooLarge');
    expect(attachmentSizeProblem(100, 100)).toBeNull();
  });

  it('a zeroing item belongs only to a complaint owner', () => {
    const base = {
      title: '分析报告',
      kind: 'report',
      classification: 'internal',
      notes: '',
      customerId: '01890a5d-ac96-774b-bcce-b302099a8057',
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      addedAt: '2026-11-26T08:00:00.000Z',
    };
    const id = '01890a5d-ac96-774b-bcce-b302099a8058';
    expect(attachmentFieldsSchema.safeParse({ ...base, owner: { kind: 'complaints', id, zeroingItem: 'located' } }).success).toBe(true);
    expect(attachmentFieldsSchema.safeParse({ ...base, owner: { kind: 'interactions', id, zeroingItem: 'located' } }).success).toBe(false);
    expect(attachmentFieldsSchema.safeParse({ ...base, owner: { kind: 'complaints', id }, mimeType: 'text/html' }).success).toBe(false);
  });
});
