// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boot } from '../../../src-renderer/app/boot';
import { createBrowserHost } from '../../../src-renderer/host/browser-host';

/**
 * Issue 14.6: after first-run setup in the browser, the database holds no secret key in clear. Today's
 * main wrote the age identity and the Ed25519 secret key into `meta` at the first boot.
 */
describe('boot: the installation keys at rest', () => {
  it('nothing in meta holds AGE-SECRET-KEY or the signing secret after setup', async () => {
    localStorage.clear();
    const result = await boot(createBrowserHost(document));
    if (result.status !== 'ready') throw new Error('boot failed');
    const { db, keyRing } = result.session;
    await keyRing.setPassphrase('首次设置的密钥口令 2026');
    const secret = keyRing.unlocked()!.keys.signingSecretKey;
    const meta = JSON.stringify(await db.meta.toArray());
    expect(meta).toContain(result.session.installation.keys.ageRecipient);
    expect(meta).not.toContain('AGE-SECRET-KEY');
    expect(meta).not.toContain(secret);
    db.close();
  }, 30_000);
});
