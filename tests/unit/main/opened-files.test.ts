import { describe, expect, it } from 'vitest';
import { createOpenedFileSlot, openedFilePathSchema, openedFilePathsFrom } from '../../../src-main/opened-files';

describe('files named on the command line', () => {
  it('keeps absolute .age paths, resolves relative ones against the launch folder, skips options and the app folder', () => {
    const argv = ['.', '--user-data-dir=/tmp/p', '/media/u盘/客户档案-市场部-20261127.age', 'incoming/质量部.AGE', '--no-sandbox'];
    expect(openedFilePathsFrom(argv, '/home/zhang')).toEqual(['/media/u盘/客户档案-市场部-20261127.age', '/home/zhang/incoming/质量部.AGE']);
  });

  it('takes file:// URLs (the desktop entry passes %U) and nothing of any other scheme', () => {
    expect(openedFilePathsFrom(['file:///media/u%E7%9B%98/a.age', 'https://example.com/a.age', 'app://airgap/x.age'], '/')).toEqual(['/media/u盘/a.age']);
  });

  it('refuses anything but an exchange archive, and paths with NUL', () => {
    expect(openedFilePathsFrom(['/etc/passwd', '/tmp/a.age.exe', '/tmp/notes.txt', '/tmp/a\0.age'], '/')).toEqual([]);
    expect(openedFilePathSchema.safeParse('relative/a.age').success).toBe(false);
    expect(openedFilePathSchema.safeParse('/x/'.repeat(2000) + 'a.age').success).toBe(false);
  });
});

describe('the waiting-file slot', () => {
  it('keeps the last valid offer and hands it out once', () => {
    const slot = createOpenedFileSlot();
    expect(slot.take()).toBeNull();
    expect(slot.offer([])).toBe(false);
    expect(slot.offer(['/tmp/a.age', '/tmp/b.age'])).toBe(true);
    expect(slot.offer(['/etc/shadow'])).toBe(false);
    expect(slot.take()).toBe('/tmp/b.age');
    expect(slot.take()).toBeNull();
  });
});
