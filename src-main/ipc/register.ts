import { app, BrowserWindow, dialog, ipcMain, safeStorage, shell, type WebContents, type WebFrameMain } from 'electron';
import type { AppInfo } from '../../src-renderer/core/host-contract';
import { isTrustedSender, type SenderFrame } from '../security';
import { join } from 'node:path';
import type { OpenedFileSlot } from '../opened-files';
import { fileBackupDirectoryStore } from './backup-directory';
import { FileStreams } from './file-streams';
import { createHostHandlers, type DialogOptions, type HostDeps, type SecretStorage } from './handlers';
import { openTempRoot } from './open-temp';

/** Thin glue: Electron's dialogs, printing and app facts plugged into the tested handlers. */

function frameOf(frame: WebFrameMain | null): SenderFrame | null {
  // A frame that navigated away (detached) or was destroyed has no trustworthy URL left.
  if (!frame || frame.isDestroyed() || frame.detached) return null;
  return { url: frame.url, isMainFrame: frame.parent === null };
}

function dialogFilters(options: DialogOptions) {
  return options.filters?.map((f) => ({ name: f.name, extensions: f.extensions }));
}

/**
 * Electron's safeStorage (DPAPI on Windows, Keychain on macOS, the desktop keyring on Linux). On Linux
 * without a keyring it falls back to `basic_text`, a constant key that protects nothing: then we say
 * "not available" and the renderer seals the keys with the key passphrase instead.
 */
const electronSecretStorage: SecretStorage = {
  available: () => safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (text) => new Uint8Array(safeStorage.encryptString(text)),
  decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
};

function electronDeps(devOrigin: string | null, openedFiles: OpenedFileSlot): HostDeps<WebContents> {
  const windowOf = (sender: WebContents) => BrowserWindow.fromWebContents(sender);
  return {
    isTrustedSender: (frame) => isTrustedSender(frame, devOrigin),
    async showOpenDialog(sender, options) {
      const win = windowOf(sender);
      const opts = { title: options.title, filters: dialogFilters(options), properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog(sender, options) {
      const win = windowOf(sender);
      const opts = {
        title: options.title,
        filters: dialogFilters(options),
        defaultPath: options.defaultPath,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const result = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showDirectoryDialog(sender, options) {
      const win = windowOf(sender);
      const opts = { title: options.title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    backupDirectory: fileBackupDirectoryStore(join(app.getPath('userData'), 'backup-directory.json')),
    openedFiles,
    secretStorage: electronSecretStorage,
    // 用系统程序打开: temporary copies in the profile folder, removed at quit (main.ts).
    openTemp: { root: openTempRoot(app.getPath('userData')), openPath: (path) => shell.openPath(path) },
    print: (sender) =>
      new Promise<boolean>((resolve) => {
        // The callback reports cancellation as success=false; that is an answer, not an error.
        sender.print({ silent: false, printBackground: true }, (success) => resolve(success));
      }),
    async printToPdf(sender, options) {
      const pdf = await sender.printToPDF(options);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
    },
    appInfo: (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
      versions: {
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
      },
      dataLocation: app.getPath('userData'),
    }),
    log: (message) => console.warn(`[host] ${message}`),
  };
}

export function registerHostIpc(devOrigin: string | null, openedFiles: OpenedFileSlot): void {
  // Files written by pieces: a page that goes away (closed, reloaded, crashed) or an app that quits leaves no temporary file.
  const streams = new FileStreams<WebContents>();
  const watched = new WeakSet<WebContents>();
  const watch = (sender: WebContents) => {
    if (watched.has(sender)) return;
    watched.add(sender);
    const drop = () => void streams.dropSender(sender);
    sender.once('destroyed', drop);
    sender.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) drop();
    });
  };
  app.once('will-quit', () => streams.dropAllNow());
  const handlers = createHostHandlers({ ...electronDeps(devOrigin, openedFiles), streams });
  for (const [channel, handle] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      watch(event.sender);
      return handle({ frame: frameOf(event.senderFrame), sender: event.sender, args });
    });
  }
}
