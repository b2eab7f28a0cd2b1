// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInteraction, customerTimeline } from '../../../../src-renderer/data/customers';
import { CustomerPage } from '../../../../src-renderer/features/customer-detail/CustomerPage';
import { CUSTOMER_DETAIL_TABS } from '../../../../src-renderer/features/customer-detail/own-tabs';
import { testActor } from '../../../shared/actors';
import { complaintsWorld } from '../../data/complaints/fixtures';
import { visitInput } from '../../data/customers/fixtures';
import { fillJsdomGaps, renderSignedIn } from '../render-signed-in';

/**
 * The customer page reads a whole-archive reader's customer and timeline together (PageTimeline) and
 * the overview shows that read instead of its own: the same items, in the same order, and as live as
 * the timeline's own query (an interaction added shows up).
 */
fillJsdomGaps();

let close = () => {};
afterEach(() => {
  cleanup();
  close();
});

const visit = visitInput;

async function openPage() {
  const w = await complaintsWorld();
  close = () => w.db.close();
  for (const [i, d] of ['2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01'].entries())
    await createInteraction(w.db, w.institute.id, visit(d, `第${i + 1}次走访`), w.ctx);
  const actor = testActor('张伟', ['reader'], 'all');
  await renderSignedIn(w.db, actor, <CustomerPage customerId={w.institute.id} tabs={[CUSTOMER_DETAIL_TABS.overview, CUSTOMER_DETAIL_TABS.timeline]} />);
  const shown = async () => {
    const timeline = await screen.findByTestId('timeline', undefined, { timeout: 10_000 });
    return [...timeline.querySelectorAll('[data-kind]')].map((item) => item.textContent ?? '');
  };
  return { w, shown };
}

describe("the customer page's timeline", () => {
  it("shows what the timeline's own read gives, and stays live (whole archive: read with the customer)", async () => {
    const { w, shown } = await openPage();
    const expected = (await customerTimeline(w.db, w.institute.id)).slice(0, 5);
    await waitFor(async () => expect(await shown()).toHaveLength(5));
    const items = await shown();
    expect(expected.map((item) => item.kind)).toEqual(Array(5).fill('interaction'));
    expected.forEach((item, i) => expect(items[i]).toContain(item.kind === 'interaction' ? item.record.summary : '?'));
    expect(items[0]).toContain('第6次走访');
    await createInteraction(w.db, w.institute.id, visit('2026-09-01', '第7次走访'), w.ctx);
    await waitFor(async () => expect((await shown())[0]).toContain('第7次走访'), { timeout: 10_000 });
  });
});
