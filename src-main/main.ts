import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { serveAppRequest } from './app-protocol';
import { hardenSession, hardenWebContents } from './guards';
import { clearOpenTemp, openTempRoot } from './ipc/open-temp';
import { registerHostIpc } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { createOpenedFileSlot, openedFilePathsFrom } from './opened-files';
import { HOST_EVENTS } from '../src-renderer/core/host-contract';
import { APP_ENTRY_URL, APP_SCHEME, devServerOrigin, secureWebPreferences } from './security';

/**
 * Thin entry: lifecycle, single instance, window. Every decision lives in the plain modules it imports.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD_PATH = join(here, '../preload/preload.cjs');
const RENDERER_ROOT = join(here, '../renderer');
// A packaged app ignores the variable: an environment setting must never point the UI at a server.
const devOrigin = app.isPackaged ? null : devServerOrigin(process.env['ELECTRON_RENDERER_URL']);

let mainWindow: BrowserWindow | null = null;
// A double-clicked exchange archive (electron-builder.yml fileAssociations), waiting for the page to take it.
const openedFiles = createOpenedFileSlot();
openedFiles.offer(openedFilePathsFrom(process.argv.slice(1), process.cwd()));

/** Tells the page a file is waiting; a page still loading takes it when it starts (features wiring in app/). */
function announceOpenedFile(): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(HOST_EVENTS.fileOpened);
}

// Before `ready`: a standard, secure scheme gets a real origin, so IndexedDB and fetch work on it.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer sandboxed, including any a future change forgets to configure.
app.enableSandbox();

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Airgap CRM 客户管理',
    width: 1280,
    height: 800,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    backgroundColor: '#f8f9fa',
    webPreferences: {
      ...secureWebPreferences(PRELOAD_PATH),
      // Restated (same values; tests/unit/main/security.test.ts) because electronegativity checks the literal
      // options of `new BrowserWindow` and cannot follow a function call. Listed last, so they also win.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(devOrigin ? (process.env['ELECTRON_RENDERER_URL'] as string) : APP_ENTRY_URL).catch(() => {
    console.error('[main] the user interface could not be loaded');
  });
  return win;
}

function focusMainWindow(): void {
  // macOS keeps running with no window; a second launch then means "show me the app".
  if (!mainWindow && app.isReady()) mainWindow = createWindow();
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Removes the temporary copies of attachments opened with the system's program (src-main/ipc/open-temp.ts). */
function clearTemporaryCopies(): void {
  const { left } = clearOpenTemp(openTempRoot(app.getPath('userData')));
  if (left > 0) console.warn(`[main] ${left} temporary cop${left === 1 ? 'y is' : 'ies are'} still open in a program; removed at the next start`);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于',
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `离线客户管理系统\n数据位置：${app.getPath('userData')}\nElectron ${process.versions.electron}`,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function installMenu(): void {
  const template = buildMenuTemplate(
    { appName: app.getName(), isDev: !app.isPackaged, isMac: process.platform === 'darwin' },
    {
      print: () => BrowserWindow.getFocusedWindow()?.webContents.print({ silent: false, printBackground: true }),
      about: showAbout,
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(RENDERER_ROOT, request.url, (file) => readFile(file)));
  hardenSession(session.defaultSession, devOrigin);
  // Copies handed to the system's program by a run that did not quit cleanly (see will-quit below).
  clearTemporaryCopies();
  registerHostIpc(devOrigin, openedFiles);
  installMenu();
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

// Guards go on every web contents the moment it exists, before it can load anything.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    if (openedFiles.offer(openedFilePathsFrom(argv.slice(1), workingDirectory))) announceOpenedFile();
  });
  // macOS hands files over as an event (possibly before `ready`); the other systems use the command line.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (openedFiles.offer([path])) announceOpenedFile();
  });
  // Only the first instance: a second launch must not remove the copies the running app handed out.
  app.on('will-quit', clearTemporaryCopies);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', error instanceof Error ? error.message : 'unknown error');
    app.exit(1);
  });
}
