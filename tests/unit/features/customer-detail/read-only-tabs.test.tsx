// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-renderer/core/accounts';
import { CUSTOMER_DETAIL_TABS } from '../../../../src-renderer/features/customer-detail/own-tabs';
import { CustomerComplaintsTab } from '../../../../src-renderer/features/complaints/CustomerComplaintsTab';
import { testActor } from '../../../shared/actors';
import { complaintsWorld } from '../../data/complaints/fixtures';
import { fillJsdomGaps, renderSignedIn } from '../render-signed-in';

/**
 * Issue 15: the customer page's tabs show a write action only to a user allowed to do it (the
 * repository refuses the rest). 查阅 reads the contacts, interactions, requirements, business figures
 * and grading, with no 新增 / 编辑 / 删除 / 记一次来电 / 设为主联系人 / 登记投诉; an account manager sees them.
 */
fillJsdomGaps();

let close = () => {};
afterEach(() => {
  cleanup();
  close();
});

const WRITE = /新增|编辑|删除|来电|主联系人|登记投诉|提交定级/;
const TABS = ['contacts', 'interactions', 'requirements', 'business', 'grading'] as const;

/** The write buttons shown to an account holding `roles`, counted once the tabs have loaded (`loaded` shown too, if given). */
async function writeButtons(roles: readonly Role[], loaded?: string) {
  const w = await complaintsWorld();
  const customer = (await w.db.table('customers').get(w.institute.id))!;
  const actor = testActor(roles.join('+'), roles);
  close = () => w.db.close();
  await renderSignedIn(
    w.db,
    actor,
    <>
      {TABS.map((name) => (
        <section key={name} data-testid={name}>
          {CUSTOMER_DETAIL_TABS[name].render({ customer, readOnly: false, showTab: () => {} })}
        </section>
      ))}
      <CustomerComplaintsTab customer={customer} readOnly={false} />
    </>,
  );
  // The contact's row is read (the tabs load by live query) before the buttons are counted.
  await screen.findByText('刘工');
  await screen.findByText('该客户没有投诉记录。');
  await screen.findByText('还没有经批准的定级');
  if (loaded) await screen.findByRole('button', { name: new RegExp(loaded) }, { timeout: 10_000 });
  const names = screen.queryAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');
  return names.filter((name) => WRITE.test(name));
}

describe('the customer page tabs by role', () => {
  it('show 查阅 no write button', async () => {
    expect(await writeButtons(['reader'])).toEqual([]);
  });

  it('show an account manager the adds, the contact row buttons, 登记投诉 and 提交定级', async () => {
    const names = await writeButtons(['account-manager'], '提交定级');
    for (const expected of ['新增联系人', '新增往来记录', '新增需求', '新增年度数据', '新增应收款', '编辑 刘工', '删除 刘工', '登记投诉', '提交定级'])
      expect(names).toContain(expected);
  });

  it('show a complaint handler 登记投诉 and the interactions a follow-up visit writes, no other archive write', async () => {
    // The write path lets a complaint handler record interactions (记录回访 is one), nothing else of the archive.
    expect(await writeButtons(['complaint-handler'])).toEqual(['记录 刘工 的来电', '新增往来记录', '登记投诉']);
  });
});
