import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  devServerOrigin,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
  secureWebPreferences,
} from '../../../src-main/security';

const DEV = 'http://localhost:5173';

describe('secureWebPreferences', () => {
  it('turns on every isolation and turns off every Node or remote feature', () => {
    expect(secureWebPreferences('/app/out/preload/preload.cjs')).toEqual({
      preload: '/app/out/preload/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });
});

describe('URL predicates', () => {
  it('knows the app origin exactly', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://airgap/assets/index.js?x#y')).toBe(true);
    for (const url of ['app://other/index.html', 'app://airgap:8080/', 'app://user@airgap/', 'https://airgap/', 'file:///index.html', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('allows navigation only inside the app (and the dev server when one is given)', () => {
    expect(isAllowedNavigation('app://airgap/index.html#/complaints')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation(`${DEV}/index.html`)).toBe(false);
    expect(isAllowedNavigation(`${DEV}/index.html`, DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', DEV)).toBe(false);
  });

  it('lets only local requests through', () => {
    for (const url of ['app://airgap/assets/a.js', 'data:image/png;base64,AA==', 'blob:app://airgap/1234', 'devtools://devtools/bundled/x.js']) {
      expect(isAllowedRequestUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'file:///etc/passwd', 'ftp://x/']) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
    expect(isAllowedRequestUrl('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedRequestUrl(`${DEV}/@vite/client`, DEV)).toBe(true);
  });

  it('trusts only the app’s main frame as an IPC sender', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: `${DEV}/`, isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: `${DEV}/`, isMainFrame: true }, DEV)).toBe(true);
  });

  it('accepts only a loopback http dev server', () => {
    expect(devServerOrigin(undefined)).toBeNull();
    expect(devServerOrigin('http://localhost:5173/')).toBe(DEV);
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('https://localhost:5173')).toBeNull();
    expect(devServerOrigin('http://example.com:5173')).toBeNull();
    expect(devServerOrigin('garbage')).toBeNull();
  });

  it('refuses every permission but persistent storage (which keeps the database from eviction)', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'display-capture',
      'unknown',
    ]) {
      expect(isPermissionAllowed(p), p).toBe(false);
    }
    expect(isPermissionAllowed('persistent-storage')).toBe(true);
  });
});
