import { describe, expect, it } from 'vitest';
import { normaliseQuery, withKeyPrefix } from '../../../../src-renderer/core/search';
import { generateInstitute } from '../../../../src-renderer/core/synthetic';
import type { CustomerHit, CustomerRecord } from '../../../../src-renderer/data/customers';
import { ListRows, prefixMatches, type PrefixMatches } from '../../../../src-renderer/features/customers/list/list-rows';

const customers: CustomerRecord[] = [];
for (const batch of generateInstitute({ customers: 2_000, contacts: 0, interactions: 0, complaints: 0 }, 11)) {
  if (batch.table === 'customers') customers.push(...(batch.records as unknown as CustomerRecord[]));
}

/** Each keystroke of typing `query` letter by letter (pinyin) or at once (Chinese), normalised. */
const keystrokes = (query: string) => [...query].map((_, i) => normaliseQuery(query.slice(0, i + 1))!);

describe('prefixMatches (the list search narrowed from the last keystroke)', () => {
  it('gives what withKeyPrefix over every customer gives, keystroke after keystroke, also when the query shrinks or changes', () => {
    let previous: PrefixMatches | null = null;
    const typed = [
      ...keystrokes('hangtian'),
      ...keystrokes('htcl'),
      'htc',
      'ht',
      '航天',
      '航',
      ...keystrokes('zhong'),
      'zho',
      'zhongx',
      ...keystrokes('bj'),
      '1',
      '18',
    ];
    let narrowed = 0;
    for (const q of typed) {
      const narrowing = previous !== null && q.startsWith(previous.normalised);
      previous = prefixMatches(customers, q, previous);
      expect(previous.matches).toEqual(withKeyPrefix(customers, q));
      if (narrowing) narrowed++;
    }
    // The fast path was taken (typing on), and some queries found customers.
    expect(narrowed).toBeGreaterThan(10);
    expect(withKeyPrefix(customers, 'h').length).toBeGreaterThan(0);
  });

  it('matches the whole list again when the list changed (a customer added or edited meanwhile)', () => {
    const first = prefixMatches(customers, 'h', null);
    const changed = [...customers.slice(0, 100).map((c) => ({ ...c, searchKeys: ['hzzz'] })), ...customers.slice(100)];
    const next = prefixMatches(changed, 'hz', first);
    expect(next.matches).toEqual(withKeyPrefix(changed, 'hz'));
    expect(next.matches.length).toBeGreaterThanOrEqual(100);
  });
});

describe('ListRows (stable row objects)', () => {
  const [a, b, c] = customers as [CustomerRecord, CustomerRecord, CustomerRecord];

  it('lists each customer once, the first hit winning, and keeps the same row object for the same hit', () => {
    const rows = new ListRows();
    const byName: CustomerHit[] = [
      { customer: a, via: 'customer' },
      { customer: b, via: 'customer' },
    ];
    const first = rows.ofHits(byName);
    const viaContact: CustomerHit = { customer: a, via: 'contact' };
    const third: CustomerHit = { customer: c, via: 'contact' };
    const second = rows.ofHits([...byName, viaContact, third]);
    expect(second.map((r) => [r.customer.id, r.hit?.via])).toEqual([
      [a.id, 'customer'],
      [b.id, 'customer'],
      [c.id, 'contact'],
    ]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toEqual({ customer: c, hit: third });
  });

  it('keeps the same row object for the same customer record, and a new one for a changed record', () => {
    const rows = new ListRows();
    const first = rows.ofCustomers([a, b]);
    const edited = { ...b, name: `${b.name}甲` };
    const second = rows.ofCustomers([a, edited]);
    expect(first).toEqual([{ customer: a }, { customer: b }]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toEqual({ customer: edited });
    expect(second[1]).not.toBe(first[1]);
  });
});
