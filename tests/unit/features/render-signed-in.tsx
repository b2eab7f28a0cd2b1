import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '../../../src-renderer/core/accounts';
import { HybridLogicalClock } from '../../../src-renderer/core/hlc';
import type { AirgapDb } from '../../../src-renderer/data/db';
import type { InstallationInfo } from '../../../src-renderer/data/installation';
import { KeyRing } from '../../../src-renderer/data/key-store';
import type { HostBridge } from '../../../src-renderer/host/bridge';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';
import { SessionProvider, type Session } from '../../../src-renderer/state/session';
import { SignedInProvider, type SignedIn } from '../../../src-renderer/state/signed-in';

/**
 * Renders a screen as `actor` would see it, on `db` (jsdom tests): the session and signed-in user
 * the app root provides (the browser's host unless another is given). The installation is not read by the screens rendered here.
 */
export async function renderSignedIn(db: AirgapDb, actor: Actor, ui: ReactNode, host: HostBridge = createBrowserHost(document)): Promise<RenderResult> {
  const session: Session = {
    db,
    installation: {} as InstallationInfo,
    keyRing: await KeyRing.open(db, host),
    clock: new HybridLogicalClock(() => Date.now()),
    host,
    appInfo: { name: 'Airgap CRM', version: '0', shell: 'electron', platform: 'linux', versions: {}, dataLocation: '/tmp' },
    storagePersisted: true,
  };
  const signedIn: SignedIn = {
    actor,
    signedInAt: new Date().toISOString(),
    previousSignInAt: null,
    failedSinceLastSignIn: 0,
    signOut: async () => {},
    lock: async () => {},
  };
  return render(
    <MantineProvider>
      <SessionProvider session={session}>
        <SignedInProvider value={signedIn}>{ui}</SignedInProvider>
      </SessionProvider>
    </MantineProvider>,
  );
}

/**
 * What the screens use and jsdom lacks, filled for the file's tests and taken away after: the
 * autosizing textareas listen to document.fonts, the virtual tables scroll elements.
 */
export function fillJsdomGaps() {
  const hadFonts = 'fonts' in document;
  const hadScrollTo = typeof Element.prototype.scrollTo === 'function';
  beforeAll(() => {
    if (!hadFonts) Object.defineProperty(document, 'fonts', { configurable: true, value: new EventTarget() });
    if (!hadScrollTo) Element.prototype.scrollTo = () => {};
  });
  afterAll(() => {
    if (!hadFonts) Reflect.deleteProperty(document, 'fonts');
    if (!hadScrollTo) Reflect.deleteProperty(Element.prototype, 'scrollTo');
  });
}
