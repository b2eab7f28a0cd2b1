import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isAllowedRequestUrl, isPermissionAllowed } from './security';

/**
 * The guards the baseline asks for, applied to a session and to every web contents. Electron objects
 * come in as parameters (type-only import), so tests drive these with small fakes.
 */

/** Permissions, devices and network for the whole session: refuse everything but local storage and files. */
export function hardenSession(ses: Session, devOrigin: string | null): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  // Offline for real: whatever a bug or a malicious file tries to fetch never leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devOrigin) });
  });
}

/** Navigation, pop-ups, webviews and device pickers for one web contents (windows, devtools, anything). */
export function hardenWebContents(contents: WebContents, devOrigin: string | null): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  // New windows are never needed: links to the outside world do not exist in this app.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without a handler Electron would pick the first Bluetooth device on its own.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
