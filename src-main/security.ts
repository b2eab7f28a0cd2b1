import type { WebPreferences } from 'electron';

/**
 * Pure security policy of the main process: the webPreferences every window gets and the predicates
 * the thin entry files apply to navigation, network requests and IPC senders. No `electron` import at
 * runtime, so all of it is unit-tested under plain Node.
 */

/** The custom scheme the UI is served from. */
export const APP_SCHEME = 'app';
/**
 * The one host of that scheme. Together they form the origin IndexedDB is keyed by: changing either
 * later would strand every user's database, so they are constants, never configuration.
 */
export const APP_HOST = 'airgap';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click (auxclick) on a link would try to open a window; refused anyway, disabled at the source.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `app://airgap/...` exactly: no other host, no credentials, no port. Compared by parts because Node's
 * URL gives non-special schemes the opaque origin "null".
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && u.username === '' && u.password === '';
}

/** The dev server origin (`http://localhost:5173`), or null for anything that is not a loopback http URL. */
export function devServerOrigin(rendererUrl: string | undefined): string | null {
  if (!rendererUrl) return null;
  const u = parse(rendererUrl);
  if (!u || u.protocol !== 'http:') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return u.origin;
}

function isDevPage(url: string, devOrigin: string | null | undefined): boolean {
  const u = devOrigin ? parse(url) : null;
  return u !== null && u.origin === devOrigin;
}

/** Vite's hot-reload socket lives on the dev server's host and port. */
function isDevSocket(url: string, devOrigin: string | null | undefined): boolean {
  const u = devOrigin ? parse(url) : null;
  return u !== null && u.protocol === 'ws:' && u.host === new URL(devOrigin as string).host;
}

/** A top-level navigation may only stay inside the app (or the dev server in development). */
export function isAllowedNavigation(url: string, devOrigin?: string | null): boolean {
  return isAppUrl(url) || isDevPage(url, devOrigin);
}

const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/** Every request the session makes: the app's own files, in-memory data, devtools. Nothing leaves the machine. */
export function isAllowedRequestUrl(url: string, devOrigin?: string | null): boolean {
  if (isAppUrl(url) || isDevPage(url, devOrigin) || isDevSocket(url, devOrigin)) return true;
  const u = parse(url);
  return u !== null && LOCAL_SCHEMES.has(u.protocol);
}

export interface SenderFrame {
  url: string;
  /** False for iframes: only the top-level document may call the host. */
  isMainFrame: boolean;
}

/** IPC is answered only for the app's own main frame (or the dev server's in development). */
export function isTrustedSender(frame: SenderFrame | null | undefined, devOrigin?: string | null): boolean {
  if (!frame || !frame.isMainFrame) return false;
  if (isAppUrl(frame.url)) return true;
  return isDevPage(frame.url, devOrigin);
}

/**
 * Every browser permission is refused (camera, notifications, geolocation, clipboard, fullscreen…) except
 * one: `persistent-storage`, which is what `navigator.storage.persist()` asks for. Refusing it would let
 * Chromium evict the customer database under disk pressure; granting it reaches nothing outside the app.
 */
const ALLOWED_PERMISSIONS = new Set(['persistent-storage']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
