import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

const actions = () => ({ print: vi.fn(), about: vi.fn() });

describe('application menu', () => {
  it('has the Chinese top-level menus in order', () => {
    const template = buildMenuTemplate({ appName: 'Airgap CRM', isDev: false, isMac: false }, actions());
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
  });

  it('labels every item in Chinese (roles would otherwise show English defaults)', () => {
    const all = items(buildMenuTemplate({ appName: 'Airgap CRM', isDev: true, isMac: true }, actions()));
    // The macOS app menu is titled by the OS with the app's name; everything else is ours.
    for (const item of all.filter((i) => i.type !== 'separator' && i.label !== 'Airgap CRM')) {
      expect(item.label, JSON.stringify(item.role)).toMatch(/[\u4e00-\u9fff]/);
    }
    const labels = all.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['退出', '复制', '粘贴', '打印…', '放大', '缩小', '实际大小']));
  });

  it('offers reload and devtools in development only', () => {
    const roles = (isDev: boolean) => items(buildMenuTemplate({ appName: 'A', isDev, isMac: false }, actions())).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('wires print and about to the given actions, and quits through the quit role', () => {
    const a = actions();
    const all = items(buildMenuTemplate({ appName: 'Airgap CRM', isDev: false, isMac: false }, a));
    const click = (label: string) => (all.find((i) => i.label === label)?.click as () => void)();
    click('打印…');
    click('关于 Airgap CRM');
    expect(a.print).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
    expect(all.find((i) => i.label === '退出')?.role).toBe('quit');
  });

  it('puts the app menu first on macOS, with quit there and not under 文件', () => {
    const template = buildMenuTemplate({ appName: 'Airgap CRM', isDev: false, isMac: true }, actions());
    expect(template[0]?.label).toBe('Airgap CRM');
    const file = template.find((m) => m.label === '文件');
    expect(items([file!]).map((i) => i.label)).not.toContain('退出');
  });
});
