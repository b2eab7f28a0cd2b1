// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOpenedFiles } from '../../../src-renderer/app/opened-files';
import { HybridLogicalClock } from '../../../src-renderer/core/hlc';
import type { AirgapDb } from '../../../src-renderer/data/db';
import type { InstallationInfo } from '../../../src-renderer/data/installation';
import { KeyRing } from '../../../src-renderer/data/key-store';
import { ExchangePage } from '../../../src-renderer/features/exchange/ExchangePage';
import { KeyLockProvider } from '../../../src-renderer/features/key-lock';
import { HostError, type HostBridge, type HostFile } from '../../../src-renderer/host';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';
import { useOpenedFile } from '../../../src-renderer/state/opened-file';
import { SessionProvider, type Session } from '../../../src-renderer/state/session';
import { SignedInProvider, type SignedIn } from '../../../src-renderer/state/signed-in';
import { testActor } from '../../shared/actors';
import { freshDb } from '../data/helpers';

/** A double-clicked .age file as the host hands it over: its name and bytes. */
const ageFile = (stanza: string) => ({
  name: '客户档案-市场部-20261127.age',
  bytes: new TextEncoder().encode(`age-encryption.org/v1\n-> ${stanza}\nAAAA\n--- mac\n`),
});
type AgeFile = ReturnType<typeof ageFile>;

/** The same file as the app reads it: by pieces (host/file-streams.ts), here from memory. */
function hostFile({ name, bytes }: AgeFile): HostFile {
  return {
    name,
    size: bytes.byteLength,
    head: async (length) => bytes.slice(0, length),
    stream: () => new Blob([bytes]).stream(),
    close: async () => undefined,
  };
}

/** A host whose waiting files are answered in turn; each is then read by pieces through the browser host's methods. */
function fakeHost(answers: (AgeFile | null | Error)[]) {
  let listener: (() => void) | null = null;
  const unsubscribe = vi.fn();
  const held = new Map<string, Uint8Array>();
  const host = {
    ...createBrowserHost(document),
    takeOpenedFile: vi.fn(async () => {
      const next = answers.shift() ?? null;
      if (next instanceof Error) throw next;
      if (next === null) return null;
      const handle = String(held.size).padStart(32, '0');
      held.set(handle, next.bytes);
      return { handle, name: next.name, size: next.bytes.byteLength };
    }),
    readStreamPiece: vi.fn(async ({ handle, offset, length }: { handle: string; offset: number; length: number }) =>
      held.get(handle)!.slice(offset, offset + length),
    ),
    onFileOpened: vi.fn((l: () => void) => {
      listener = l;
      return unsubscribe;
    }),
  } satisfies HostBridge;
  return { host, unsubscribe, fire: () => listener?.() };
}

/** What the app root passed on for a file: its name and, read through the host, its bytes. */
async function delivered(call: unknown[]) {
  const { file } = call[0] as { file: HostFile };
  return { name: file.name, bytes: [...new Uint8Array(await new Response(file.stream()).arrayBuffer())] };
}

afterEach(() => {
  cleanup();
  useOpenedFile.setState({ incoming: null });
});

describe('useOpenedFiles (app root)', () => {
  it('takes a file waiting at start, then one each time the host says so, and unsubscribes on unmount', async () => {
    const first = ageFile('scrypt c2FsdA 18');
    const second = ageFile('X25519 abcd');
    const { host, unsubscribe, fire } = fakeHost([first, second]);
    const onIncoming = vi.fn();
    const { unmount } = renderHook(() => useOpenedFiles(host, onIncoming));
    await waitFor(() => expect(onIncoming).toHaveBeenCalledTimes(1));
    expect(await delivered(onIncoming.mock.calls[0]!)).toEqual({ name: first.name, bytes: [...first.bytes] });
    fire();
    await waitFor(() => expect(onIncoming).toHaveBeenCalledTimes(2));
    expect(await delivered(onIncoming.mock.calls[1]!)).toEqual({ name: second.name, bytes: [...second.bytes] });
    fire(); // nothing waiting: no call
    await waitFor(() => expect(host.takeOpenedFile).toHaveBeenCalledTimes(3));
    expect(onIncoming).toHaveBeenCalledTimes(2);
    unmount();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('passes a file the host could not read on as its error code', async () => {
    const { host } = fakeHost([new HostError('bad-path', 'ENOENT')]);
    const onIncoming = vi.fn();
    renderHook(() => useOpenedFiles(host, onIncoming));
    await waitFor(() => expect(onIncoming).toHaveBeenCalledWith({ error: 'bad-path' }));
  });
});

describe('the exchange page with a file handed over', () => {
  let db: AirgapDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => db.close());

  async function renderPage() {
    const host = createBrowserHost(document);
    const session: Session = {
      db,
      installation: {} as InstallationInfo,
      keyRing: await KeyRing.open(db, host),
      clock: new HybridLogicalClock(() => Date.now()),
      host,
      appInfo: { name: 'Airgap CRM', version: '0', shell: 'electron', platform: 'linux', versions: {}, dataLocation: '/tmp' },
      storagePersisted: true,
    };
    const profile = { organisation: '某研究院', department: '市场部', operatorName: '张伟' } as Parameters<typeof ExchangePage>[0]['profile'];
    const signedIn: SignedIn = {
      actor: testActor(),
      signedInAt: new Date().toISOString(),
      previousSignInAt: null,
      failedSinceLastSignIn: 0,
      signOut: async () => {},
      lock: async () => {},
    };
    return render(
      <MantineProvider>
        <SessionProvider session={session}>
          <SignedInProvider value={signedIn}>
            <KeyLockProvider>
              <ExchangePage profile={profile} />
            </KeyLockProvider>
          </SignedInProvider>
        </SessionProvider>
      </MantineProvider>,
    );
  }

  it('opens on the import tab with the file chosen and unlocked as its header says, and takes it once', async () => {
    useOpenedFile.getState().offer({ file: hostFile(ageFile('X25519 abcd')) });
    await renderPage();
    expect(await screen.findByText('交换文件：客户档案-市场部-20261127.age')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /导入/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('import-lock').textContent).toBe('这个交换文件是加密给本部门的，用本机密钥打开，无需输入交换口令。');
    expect(useOpenedFile.getState().incoming).toBeNull();
  });

  it('says why nothing opened when the host could not read the file', async () => {
    useOpenedFile.getState().offer({ error: 'bad-path' });
    await renderPage();
    expect(await screen.findByText('文件路径无效或不可访问')).toBeTruthy();
    expect(useOpenedFile.getState().incoming).toBeNull();
  });
});
