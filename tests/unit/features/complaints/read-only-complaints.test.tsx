// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-renderer/core/accounts';
import { registerComplaint } from '../../../../src-renderer/data/complaints';
import { ComplaintListPage } from '../../../../src-renderer/features/complaints/ComplaintListPage';
import { ComplaintPage } from '../../../../src-renderer/features/complaints/ComplaintPage';
import { testActor } from '../../../shared/actors';
import { complaintsWorld, intake } from '../../data/complaints/fixtures';
import { fillJsdomGaps, renderSignedIn } from '../render-signed-in';

/**
 * Issue 15: the complaint screens show 登记投诉, 修改登记信息, 删除, the workflow's steps (受理, 不予受理…)
 * and the zeroing items' 确认 only to a user the write path lets do them; 查阅 reads the complaint.
 */
fillJsdomGaps();
let close = () => {};
afterEach(() => {
  cleanup();
  close();
});

const WRITE = /^(登记投诉|修改登记信息|删除|受理|不予受理|确认 .*)$/;
const actor = (roles: readonly Role[]) => testActor(roles.join('+'), roles);
const writeButtons = () =>
  [...screen.queryAllByRole('button'), ...screen.queryAllByRole('link')]
    .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '')
    .filter((name) => WRITE.test(name))
    .sort();

async function complaintPage(roles: readonly Role[]) {
  const w = await complaintsWorld();
  close = () => w.db.close();
  const complaint = await registerComplaint(w.db, intake(w.institute.id), w.ctx);
  await renderSignedIn(w.db, actor(roles), <ComplaintPage complaintId={complaint.id} />);
  await screen.findByTestId('complaint-page');
  await screen.findByTestId('zeroing');
  return writeButtons();
}

describe('the complaint screens by role', () => {
  it('show 查阅 a quality complaint with no edit, delete, step or zeroing confirmation', async () => {
    expect(await complaintPage(['reader'])).toEqual([]);
  });

  it('show a complaint handler all of them', async () => {
    const names = await complaintPage(['complaint-handler']);
    for (const expected of ['修改登记信息', '删除', '受理', '不予受理', '确认 定位准确']) expect(names).toContain(expected);
  });

  it('show 登记投诉 on the list to a complaint handler, not to 查阅', async () => {
    const w = await complaintsWorld();
    close = () => w.db.close();
    const reader = await renderSignedIn(w.db, actor(['reader']), <ComplaintListPage />);
    await screen.findByRole('link', { name: '我的投诉' });
    expect(writeButtons()).toEqual([]);
    reader.unmount();
    await renderSignedIn(w.db, actor(['complaint-handler']), <ComplaintListPage />);
    await screen.findByRole('link', { name: '我的投诉' });
    expect(writeButtons()).toEqual(['登记投诉']);
  });
});
