import { describe, expect, it } from 'vitest';
import { mayOpenWithProgram, OPEN_WITH_PROGRAM_EXTENSIONS, RECOGNISED_EXTENSIONS } from '../../../../src-renderer/core/attachments';
import { openWithProgramRequestSchema } from '../../../../src-renderer/core/host-contract';

/** 用系统程序打开 (issue 18.3): which files the system's program may be handed, by name. */

/** Programs, scripts, installers, shortcuts and pages on Windows, macOS and Linux; Office files with macros. */
const NEVER = [
  'exe',
  'bat',
  'cmd',
  'com',
  'scr',
  'msi',
  'msp',
  'pif',
  'cpl',
  'msc',
  'js',
  'jse',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'ps1',
  'psm1',
  'sh',
  'bash',
  'command',
  'desktop',
  'lnk',
  'url',
  'html',
  'htm',
  'xhtml',
  'mht',
  'svg',
  'hta',
  'chm',
  'jar',
  'py',
  'reg',
  'inf',
  'app',
  'dmg',
  'pkg',
  'deb',
  'rpm',
  'appimage',
  'iso',
  'docm',
  'xlsm',
  'pptm',
  'dotm',
  'xlam',
  'rtf',
];

describe('the types the system’s program may be handed', () => {
  it('includes every type the app recognises by content (documents, images, text, archives)', () => {
    for (const extension of RECOGNISED_EXTENSIONS) expect(OPEN_WITH_PROGRAM_EXTENSIONS, extension).toContain(extension);
    expect(RECOGNISED_EXTENSIONS).toContain('docx');
  });

  it.each(NEVER)('never .%s, in any case, whatever comes before it', (extension) => {
    expect(mayOpenWithProgram(`文件.${extension}`)).toBe(false);
    expect(mayOpenWithProgram(`合同.pdf.${extension.toUpperCase()}`)).toBe(false);
  });

  it('goes by the last extension, in any case; no extension is no type', () => {
    expect(mayOpenWithProgram('总装图纸.ZIP')).toBe(true);
    expect(mayOpenWithProgram('setup.exe.pdf')).toBe(true);
    expect(mayOpenWithProgram('照片.JPeG')).toBe(true);
    expect(mayOpenWithProgram('README')).toBe(false);
    expect(mayOpenWithProgram('.pdf')).toBe(false);
    expect(mayOpenWithProgram('')).toBe(false);
  });

  it('is the contract’s rule: main refuses any other name', () => {
    const bytes = new Uint8Array(1);
    expect(openWithProgramRequestSchema.safeParse({ name: '纪要.docx', bytes }).success).toBe(true);
    const refused = openWithProgramRequestSchema.safeParse({ name: '纪要.docm', bytes });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('host.forbiddenFileType');
    expect(openWithProgramRequestSchema.safeParse({ name: 'a/纪要.docx', bytes }).success).toBe(false);
  });
});
