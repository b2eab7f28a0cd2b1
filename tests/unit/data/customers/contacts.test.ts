import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/core/validation';
import {
  contactsOf,
  createContact,
  deleteContact,
  deleteCustomer,
  restoreCustomer,
  restoreRecord,
  setPrimaryContact,
  updateContact,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { archive, counts } from './fixtures';

let db: AirgapDb;
afterEach(() => db?.close());

const primaries = async (customerId: string) => (await contactsOf(db, customerId)).filter((c) => c.primary).map((c) => c.name);

describe('contacts', () => {
  it('normalises phones, derives search keys, and refuses bad input writing nothing', async () => {
    const w = await archive();
    db = w.db;
    const c = await createContact(db, w.institute.id, { name: ' 张 伟 ', phones: ['138 1234 5678', '', '(010) 8888 6666'] }, w.ctx);
    expect(c).toMatchObject({ name: '张 伟', phones: ['13812345678', '010-88886666'], customerId: w.institute.id });
    expect(c.searchKeys).toEqual(expect.arrayContaining(['张伟', 'zw', '13812345678', '88886666']));
    const before = await counts(db);
    const error = await createContact(db, w.institute.id, { name: '', phones: ['12345'] }, w.ctx).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ name: 'validation.required', 'phones.0': 'validation.phone' });
    await expect(updateContact(db, c.id, { name: '张伟', phones: ['not a phone'] }, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(before);
  });

  it('keeps exactly one primary contact per customer', async () => {
    const w = await archive();
    db = w.db;
    const a = await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    expect(a.primary).toBe(true); // the first contact
    const b = await createContact(db, w.institute.id, { name: '李娜', phones: [], primary: false }, w.ctx);
    const c = await createContact(db, w.institute.id, { name: '王芳', phones: [], primary: true }, w.ctx);
    expect(b.primary).toBe(false);
    expect(await primaries(w.institute.id)).toEqual(['王芳']);
    await setPrimaryContact(db, b.id, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['李娜']);
    expect((await contactsOf(db, w.institute.id)).map((x) => x.name)).toEqual(['李娜', '王芳', '张伟']);
    // Editing the primary with primary: false keeps it primary; editing another to primary demotes.
    await updateContact(db, b.id, { name: '李娜', phones: [], primary: false }, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['李娜']);
    await updateContact(db, a.id, { name: '张伟', phones: [], primary: true }, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['张伟']);
    // Deleting the primary promotes the next; restoring it does not make a second one.
    await deleteContact(db, a.id, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['李娜']);
    await restoreRecord(db, 'contacts', a.id, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['李娜']);
    await deleteContact(db, b.id, w.ctx);
    await deleteContact(db, c.id, w.ctx);
    expect(await primaries(w.institute.id)).toEqual(['张伟']);
  });

  it('stays with its customer, and is neither added nor restored under a deleted one', async () => {
    const w = await archive();
    db = w.db;
    const c = await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    const moved = await updateContact(db, c.id, { name: '张伟', phones: [], customerId: w.group.id }, w.ctx);
    expect(moved.customerId).toBe(w.institute.id);
    await deleteContact(db, c.id, w.ctx);
    await deleteCustomer(db, w.institute.id, w.ctx);
    const before = await counts(db);
    const refused = await createContact(db, w.institute.id, { name: '李娜', phones: [] }, w.ctx).catch((e: unknown) => e);
    expect((refused as ValidationError).fieldErrors).toEqual({ _: 'validation.customerDeleted' });
    await expect(restoreRecord(db, 'contacts', c.id, w.ctx)).rejects.toBeInstanceOf(ValidationError);
    expect(await counts(db)).toEqual(before);
    await restoreCustomer(db, w.institute.id, w.ctx);
    await expect(restoreRecord(db, 'contacts', c.id, w.ctx)).resolves.toMatchObject({ deletedAt: null, primary: true });
  });
});
