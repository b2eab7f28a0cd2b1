// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createContact, createCustomer, searchCustomers, type CustomerRecord } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { CustomerRow } from '../../../../src-renderer/features/customers/list/CustomerRow';
import type { ListRow } from '../../../../src-renderer/features/customers/list/list-model';
import { paletteItems } from '../../../../src-renderer/features/customers/palette/palette-items';
import { SECTIONS } from '../../../../src-renderer/app/routes';
import { createTranslator } from '../../../../src-renderer/i18n';
import { freshDb, testContext } from '../../data/helpers';

/**
 * A search that matches a contact (name or phone) lists the contact's customer and says why:
 * "联系人：王强 · 138…" with the matched part marked. Real repository on fake-indexeddb; the row as
 * the list renders it.
 */
const t = createTranslator('zh-CN');
let db: AirgapDb;
let customer: CustomerRecord;

beforeEach(async () => {
  db = await freshDb();
  const ctx = testContext();
  customer = await createCustomer(
    db,
    { name: '航天材料及工艺研究所', shortName: '703所', level: 1, type: 'research_institute', classification: 'internal' },
    ctx,
  );
  await createCustomer(db, { name: '西安航天动力研究所', level: 1, type: 'research_institute', classification: 'internal' }, ctx);
  await createContact(db, customer.id, { name: '王强', title: '副所长', phones: ['138 1234 5678', '010-88886666'] }, ctx);
});

afterEach(() => {
  cleanup();
  db.close();
});

function renderRow(row: ListRow, query: string) {
  return render(
    <MantineProvider>
      <div role="table">
        <div role="rowgroup">
          <CustomerRow
            row={row}
            index={0}
            columns={['name', 'region']}
            template="1fr 1fr"
            query={query}
            ctx={{ t, locale: 'zh-CN' }}
            top={0}
            height={56}
            onOpen={() => {}}
          />
        </div>
      </div>
    </MantineProvider>,
  );
}

const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')].map((m) => m.textContent);

describe('finding a customer through its contact', () => {
  it('a mobile number finds the customer and the row shows the contact with the digits marked', async () => {
    const hits = await searchCustomers(db, '1381234');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ via: 'contact', customer: { id: customer.id } });
    const { container } = renderRow({ customer: hits[0]!.customer, hit: hits[0] }, '1381234');
    expect(screen.getByRole('row').textContent).toContain('联系人：王强 · 13812345678');
    expect(marks(container)).toEqual(['1381234']);
    expect(screen.getByRole('link', { name: '航天材料及工艺研究所' }).getAttribute('href')).toBe(`#/customers/${customer.id}`);
  });

  it('a landline after its area code, and the contact name in pinyin initials, work the same way', async () => {
    const byLandline = await searchCustomers(db, '8888');
    const row = renderRow({ customer: byLandline[0]!.customer, hit: byLandline[0] }, '8888');
    expect(row.container.textContent).toContain('010-88886666');
    expect(marks(row.container)).toEqual(['8888']);
    cleanup();

    const byName = await searchCustomers(db, 'wq');
    expect(byName.map((h) => h.customer.name)).toEqual(['航天材料及工艺研究所']);
    const named = renderRow({ customer: byName[0]!.customer, hit: byName[0] }, 'wq');
    expect(marks(named.container)).toEqual(['王强']);
  });

  it('the Ctrl+K palette describes the same hit', async () => {
    const items = paletteItems('13812345678', await searchCustomers(db, '13812345678'), SECTIONS, t, { createCustomer: true });
    expect(items[0]).toMatchObject({
      kind: 'customer',
      label: '航天材料及工艺研究所',
      description: '联系人：王强 · 13812345678',
      path: `/customers/${customer.id}`,
    });
  });

  it('a name hit shows the short name, marked when it matched', async () => {
    const hits = await searchCustomers(db, '703');
    expect(hits.map((h) => h.via)).toEqual(['customer']);
    const { container } = renderRow({ customer: hits[0]!.customer, hit: hits[0] }, '703');
    expect(marks(container)).toEqual(['703']);
  });
});
