import { afterEach, describe, expect, it } from 'vitest';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { rememberedMapping, rememberMapping } from '../../../../src-renderer/data/spreadsheet-import';
import { freshDb } from '../helpers';

let db: AirgapDb;
afterEach(() => db?.close());

describe('spreadsheet import: the mapping remembered per column layout', () => {
  it('gives the same layout its mapping back, per kind of sheet, and nothing to another layout', async () => {
    db = await freshDb();
    const headers = ['单位', '__proto__', '电话'];
    await rememberMapping(db, 'customers', headers, ['customer.name', null, 'contact.phones']);
    expect(await rememberedMapping(db, 'customers', [' 单位 ', '__proto__', '电话'])).toEqual(['customer.name', null, 'contact.phones']);
    expect(await rememberedMapping(db, 'figures', headers)).toBeNull();
    expect(await rememberedMapping(db, 'customers', ['单位', '电话'])).toBeNull();
  });
});
