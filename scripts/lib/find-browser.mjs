// A locally installed Chromium-family browser to show the UI in when there is no Electron binary.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'msedge'];
const WINDOWS = ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'];

export function findChromium() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return WINDOWS.find((p) => existsSync(p)) ?? null;
}

/**
 * Shows `url` in a local Chromium-family browser as an app window on `profile`, or says why not.
 * `say` holds the caller's own lines: noBrowser, noDisplay, opened(browser).
 */
export function showInBrowser(url, { browser = findChromium(), profile, extraFlags = [], say }) {
  if (!browser) console.log(say.noBrowser);
  else if (noDisplay()) console.log(say.noDisplay);
  else {
    openAppWindow(browser, url, profile, extraFlags);
    console.log(say.opened(browser));
  }
}

/** Linux without X11 or Wayland (a server, an SSH session) has nowhere to show a window. */
function noDisplay() {
  return process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
}

/**
 * Opens `url` as an app window of `browser` on a profile folder of its own (created when missing), so
 * the archive's IndexedDB lives in one known place; without the first-run page, background
 * networking, component updates or sync. The browser outlives the caller.
 */
function openAppWindow(browser, url, profile, extraFlags = []) {
  mkdirSync(profile, { recursive: true });
  const flags = [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extraFlags,
  ];
  spawn(browser, flags, { stdio: 'ignore', detached: true }).unref();
}
