import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, in Chinese. Pure: the entry file passes the actions and `Menu.buildFromTemplate`s
 * the result. Roles get explicit labels because Electron would otherwise show its English defaults.
 * No item opens a web page: the app is offline and nothing may call `shell.openExternal`.
 */
export interface MenuActions {
  /** Opens the system print dialog for the focused window's current view. */
  print(): void;
  /** Shows name, version and data folder in a native message box. */
  about(): void;
}

export interface MenuOptions {
  appName: string;
  isDev: boolean;
  isMac: boolean;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: `关于 ${options.appName}`, click: () => actions.about() };
  const quit: MenuItemConstructorOptions = { label: '退出', role: 'quit', accelerator: 'CmdOrCtrl+Q' };

  const template: MenuItemConstructorOptions[] = [];
  if (options.isMac) {
    template.push({
      label: options.appName,
      submenu: [about, sep, { label: '隐藏', role: 'hide' }, { label: '隐藏其他', role: 'hideOthers' }, sep, quit],
    });
  }
  template.push(
    {
      label: '文件',
      submenu: [{ label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() }, ...(options.isMac ? [] : [sep, quit])],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        sep,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        sep,
        { label: '全屏', role: 'togglefullscreen' },
        // Reloading mid-import would silently cancel work, and devtools are for developers only.
        ...(options.isDev
          ? [
              sep,
              { label: '重新加载', role: 'reload' as const },
              { label: '强制重新加载', role: 'forceReload' as const },
              { label: '开发者工具', role: 'toggleDevTools' as const },
            ]
          : []),
      ],
    },
    {
      label: '窗口',
      submenu: [
        { label: '最小化', role: 'minimize' },
        { label: '关闭窗口', role: 'close' },
      ],
    },
    { label: '帮助', submenu: [about] },
  );
  return template;
}
