import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../src-main/guards';

type Listener = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
  };
  return { contents: contents as unknown as WebContents, listeners, open: () => openHandler?.({ url: 'https://x/' }) };
}

function fakeSession() {
  const s: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (s.request = h),
    setPermissionCheckHandler: (h: Listener) => (s.check = h),
    setDevicePermissionHandler: (h: Listener) => (s.device = h),
    webRequest: { onBeforeRequest: (h: Listener) => (s.beforeRequest = h) },
  };
  return { session: session as unknown as Session, s };
}

describe('web contents guards', () => {
  it('refuses foreign navigation and redirects, allows in-app ones', () => {
    const { contents, listeners } = fakeContents();
    hardenWebContents(contents, null);
    for (const event of ['will-navigate', 'will-redirect']) {
      const foreign = { preventDefault: vi.fn() };
      listeners.get(event)!(foreign, 'https://example.com/');
      expect(foreign.preventDefault).toHaveBeenCalled();
      const inApp = { preventDefault: vi.fn() };
      listeners.get(event)!(inApp, 'app://airgap/index.html#/x');
      expect(inApp.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('denies new windows, webviews and device picks', () => {
    const { contents, listeners, open } = fakeContents();
    hardenWebContents(contents, null);
    expect(open()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    const pick = { preventDefault: vi.fn() };
    const callback = vi.fn();
    listeners.get('select-bluetooth-device')!(pick, [{ deviceId: 'a' }], callback);
    expect(pick.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('session guards', () => {
  it('denies permissions (but persistent storage) and cancels every non-local request', () => {
    const { session, s } = fakeSession();
    hardenSession(session, null);
    const answer = vi.fn();
    s.request!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    s.request!(null, 'persistent-storage', answer);
    expect(answer).toHaveBeenLastCalledWith(true);
    expect(s.check!(null, 'notifications')).toBe(false);
    expect(s.device!({})).toBe(false);
    const decide = (url: string) => {
      const cb = vi.fn();
      s.beforeRequest!({ url }, cb);
      return cb.mock.calls[0]?.[0];
    };
    expect(decide('https://example.com/track')).toEqual({ cancel: true });
    expect(decide('app://airgap/assets/a.js')).toEqual({ cancel: false });
  });
});
