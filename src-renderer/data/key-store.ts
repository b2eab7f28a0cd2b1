import { z } from 'zod';
import { generateInstallationKeys } from '../core/keys';
import { openWithPassphrase, parseSecretKeys, sealWithPassphrase, secretKeysSchema, type SecretKeys } from '../core/key-wrap';
import { newId } from '../core/ids';
import type { AirgapDb } from './db';
import { INSTALLATION_KEY, type Installation, type InstallationInfo } from './installation';

/**
 * The installation's keys at rest (issue 14.6; docs/exchange.md "Keys at rest"). The `meta` row
 * `installation` holds the id, the date and the PUBLIC keys in clear, and the two secret keys only
 * sealed: by the OS key store through the host (Electron safeStorage) or, where there is none (the
 * browser, Linux without a keyring), as an age file locked with the key passphrase. Unsealed keys live
 * only in this object, in memory, for the session.
 */
export { INSTALLATION_KEY };

/** The host's OS key store, as the host bridge offers it (host/bridge.ts). */
export interface OsSecretStore {
  secretStorageAvailable(): Promise<boolean>;
  protectSecret(text: string): Promise<Uint8Array>;
  unprotectSecret(sealed: Uint8Array): Promise<string>;
}

const publicKeysSchema = z.object({ ageRecipient: z.string().regex(/^age1[0-9a-z]+$/), signingPublicKey: z.string().regex(/^[0-9a-f]{64}$/) }).strict();
const sealedSchema = z.discriminatedUnion('by', [
  z.object({ by: z.literal('os'), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array) }).strict(),
  z.object({ by: z.literal('passphrase'), age: z.string().startsWith('-----BEGIN AGE ENCRYPTED FILE-----') }).strict(),
]);
const sealedRowSchema = z.object({ installationId: z.string(), createdAt: z.string(), keys: publicKeysSchema, sealed: sealedSchema }).strict();
/** The row before issue 14.6 (and the installation record inside every backup): the keys in clear. */
const clearRowSchema = z.object({ installationId: z.string(), createdAt: z.string(), keys: publicKeysSchema.extend(secretKeysSchema.shape).strict() }).strict();

export type SealedInstallationRow = z.infer<typeof sealedRowSchema>;
export type KeyMode = 'os' | 'passphrase';
/**
 * unlocked: the secret keys are in memory. locked: sealed with the passphrase, not yet asked this session.
 * needs-passphrase: first run, or keys found in clear (an older version, a restored backup), in passphrase
 * mode: nothing may go on until a passphrase seals them. unreadable: sealed by an OS key store that cannot
 * open them here (another PC or account); only a restore or a reset helps.
 */
export type KeyRingStatus = 'unlocked' | 'locked' | 'needs-passphrase' | 'unreadable';

export class KeyRingError extends Error {
  constructor(readonly code: 'raced' | 'not-pending' | 'empty-passphrase') {
    super(code);
    this.name = 'KeyRingError';
  }
}

export interface KeyRingOptions {
  /** TESTS ONLY: a lower scrypt work factor for new seals (the app keeps age's default, 18). */
  scryptLogN?: number;
  now?: () => Date;
}

export class KeyRing {
  private listeners = new Set<() => void>();
  private constructor(
    private readonly db: AirgapDb,
    private readonly store: OsSecretStore,
    readonly mode: KeyMode,
    private current: InstallationInfo,
    private secrets: SecretKeys | null,
    /** 'new': no row written yet; 'clear': a clear row waits to be sealed. Only in passphrase mode. */
    private pending: 'new' | 'clear' | null,
    private unreadable: boolean,
    private readonly options: KeyRingOptions,
  ) {}

  /** Opens (or, on first run, makes) the installation's keys. OS mode seals and unseals without asking. */
  static async open(db: AirgapDb, store: OsSecretStore, options: KeyRingOptions = {}): Promise<KeyRing> {
    const mode: KeyMode = (await store.secretStorageAvailable().catch(() => false)) ? 'os' : 'passphrase';
    const value = (await db.meta.get(INSTALLATION_KEY))?.value;
    const make = (info: InstallationInfo, secrets: SecretKeys | null, pending: 'new' | 'clear' | null, unreadable = false) =>
      new KeyRing(db, store, mode, info, secrets, pending, unreadable, options);
    if (value === undefined) {
      const now = options.now ?? (() => new Date());
      const { ageIdentity, signingSecretKey, ...keys } = await generateInstallationKeys();
      const ring = make({ installationId: newId(), createdAt: now().toISOString(), keys }, { ageIdentity, signingSecretKey }, 'new');
      if (mode === 'os') {
        // Another tab made the installation meanwhile: take its.
        const raced = await ring.writeSealed(await ring.sealForOs(), 'new').then(
          () => false,
          (e: unknown) => e instanceof KeyRingError,
        );
        if (raced) return KeyRing.open(db, store, options);
      }
      return ring;
    }
    const clear = clearRowSchema.safeParse(value);
    if (clear.success) {
      const { ageIdentity, signingSecretKey, ...keys } = clear.data.keys;
      const ring = make({ installationId: clear.data.installationId, createdAt: clear.data.createdAt, keys }, { ageIdentity, signingSecretKey }, 'clear');
      if (mode === 'os') await ring.writeSealed(await ring.sealForOs(), 'clear');
      return ring;
    }
    const row = sealedRowSchema.parse(value);
    const info = { installationId: row.installationId, createdAt: row.createdAt, keys: row.keys };
    if (row.sealed.by === 'passphrase') return make(info, null, null);
    // Sealed by an OS key store: this one opens it, or it is another PC's or account's (or the keyring was reset).
    const secrets =
      mode === 'os'
        ? await store
            .unprotectSecret(row.sealed.bytes)
            .then(parseSecretKeys)
            .catch(() => null)
        : null;
    return make(info, secrets, null, secrets === null);
  }

  /** Id, date and public keys: readable whatever the status. */
  get info(): InstallationInfo {
    return this.current;
  }

  get status(): KeyRingStatus {
    if (this.pending) return 'needs-passphrase';
    if (this.unreadable) return 'unreadable';
    return this.secrets ? 'unlocked' : 'locked';
  }

  /** The whole installation with its secret keys, or null while they are locked. */
  unlocked(): Installation | null {
    if (!this.secrets || this.pending) return null;
    return { ...this.current, keys: { ...this.current.keys, ...this.secrets } };
  }

  /**
   * At sign-out (issue 15): the next user of this window types the key passphrase again. Only keys
   * sealed by the passphrase are forgotten; the OS key store opens its own without asking anyone, and
   * keys not yet sealed (first run, upgrade) stay until they are.
   */
  forget(): void {
    if (this.mode !== 'passphrase' || this.pending || !this.secrets) return;
    this.secrets = null;
    this.changed();
  }

  /** Asked once per session. A wrong passphrase throws KeyUnwrapError('wrong-passphrase') and changes nothing. */
  async unlock(passphrase: string): Promise<Installation> {
    const row = sealedRowSchema.parse((await this.db.meta.get(INSTALLATION_KEY))?.value);
    if (row.sealed.by !== 'passphrase') throw new KeyRingError('not-pending');
    this.secrets = await openWithPassphrase(row.sealed.age, passphrase);
    this.changed();
    return this.unlocked()!;
  }

  /**
   * First run or upgrade (passphrase mode): seals the keys held in memory with `passphrase`. The clear
   * row, when there is one, is replaced by the sealed one in the same transaction: never both, never none.
   */
  async setPassphrase(passphrase: string): Promise<void> {
    if (!this.pending) throw new KeyRingError('not-pending');
    if (passphrase.length === 0) throw new KeyRingError('empty-passphrase');
    const age = await sealWithPassphrase(this.secrets!, passphrase, this.options.scryptLogN);
    await this.writeSealed({ by: 'passphrase', age }, this.pending);
    this.pending = null;
    this.changed();
  }

  /**
   * Forgotten passphrase, or keys another PC sealed: NEW keys for the same installation (same id, so every
   * record keeps its origin). Records are not encrypted at rest and are untouched; what the old keys
   * locked (scheduled backups, received files) opens only with the old recovery key file.
   */
  async reset(passphrase: string | null): Promise<Installation> {
    if (this.mode === 'passphrase' && !passphrase) throw new KeyRingError('empty-passphrase');
    const { ageIdentity, signingSecretKey, ...keys } = await generateInstallationKeys();
    const secrets = { ageIdentity, signingSecretKey };
    const previous = { info: this.current, secrets: this.secrets };
    this.current = { ...this.current, keys };
    this.secrets = secrets;
    try {
      const sealed =
        this.mode === 'os'
          ? await this.sealForOs()
          : { by: 'passphrase' as const, age: await sealWithPassphrase(secrets, passphrase!, this.options.scryptLogN) };
      await this.db.meta.put({ key: INSTALLATION_KEY, value: { ...this.current, sealed } satisfies SealedInstallationRow });
    } catch (error) {
      this.current = previous.info;
      this.secrets = previous.secrets;
      throw error;
    }
    this.unreadable = false;
    this.pending = null;
    this.changed();
    return this.unlocked()!;
  }

  /** For React (useSyncExternalStore): called after every status change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  private async sealForOs(): Promise<SealedInstallationRow['sealed']> {
    return { by: 'os', bytes: await this.store.protectSecret(JSON.stringify(this.secrets)) };
  }

  /**
   * Writes the sealed row. 'new': only if no other tab wrote an installation meanwhile (async crypto
   * ran outside the transaction, which would otherwise auto-commit). 'clear': only over the same clear row.
   */
  private async writeSealed(sealed: SealedInstallationRow['sealed'], over: 'new' | 'clear'): Promise<void> {
    const row: SealedInstallationRow = { ...this.current, sealed };
    await this.db.transaction('rw', this.db.meta, async () => {
      const now = (await this.db.meta.get(INSTALLATION_KEY))?.value;
      const expected = over === 'new' ? now === undefined : clearRowSchema.safeParse(now).data?.installationId === this.current.installationId;
      if (!expected) throw new KeyRingError('raced');
      await this.db.meta.put({ key: INSTALLATION_KEY, value: row });
    });
    this.pending = null;
  }
}
