// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-renderer/core/accounts';
import { draftGrading } from '../../../../src-renderer/data/grading';
import { RunPage, RunsPage } from '../../../../src-renderer/features/grading';
import { GradingRulesSection } from '../../../../src-renderer/features/grading-rules';
import { testActor } from '../../../shared/actors';
import { archive } from '../../data/customers/fixtures';
import { fillJsdomGaps, renderSignedIn } from '../render-signed-in';

/**
 * Issue 15: the grading screens show 发起年度定级, a draft's 批准 / 放弃 / 调整 and the rules' 保存为新版本 /
 * 恢复默认 only to a user allowed to (the repositories refuse the rest); 查阅 reads them, and the empty
 * run list does not invite 查阅 to start one.
 */
fillJsdomGaps();
let close = () => {};
afterEach(() => {
  cleanup();
  close();
});

// Whole names: the filter 人工调整 (overridden entries) is not an action.
const WRITE = /^(发起年度定级|批准|放弃|保存为新版本)$|^调整 |^恢复默认/;

async function world() {
  const w = await archive();
  close = () => w.db.close();
  return w;
}

const actor = (roles: readonly Role[]) => testActor(roles.join('+'), roles);
const writeButtons = () =>
  screen
    .queryAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '')
    .filter((name) => WRITE.test(name));

describe('the grading screens by role', () => {
  it('show 查阅 no 发起年度定级 and an empty list that does not invite to start one', async () => {
    const w = await world();
    await renderSignedIn(w.db, actor(['reader']), <RunsPage />);
    expect(await screen.findByText('还没有定级批次。')).toBeTruthy();
    expect(writeButtons()).toEqual([]);
  });

  it('show an account manager 发起年度定级', async () => {
    const w = await world();
    await renderSignedIn(w.db, actor(['account-manager']), <RunsPage />);
    expect(await screen.findByRole('button', { name: '发起年度定级' })).toBeTruthy();
  });

  it('show 查阅 a draft run without 批准 or 放弃; the department head both', async () => {
    const w = await world();
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.institute.id }, w.ctx);
    const reader = await renderSignedIn(w.db, actor(['reader']), <RunPage runId={run.id} />);
    await screen.findByTestId('entry-count');
    expect(writeButtons()).toEqual([]);
    reader.unmount();
    await renderSignedIn(w.db, actor(['department-head']), <RunPage runId={run.id} />);
    await screen.findByTestId('entry-count');
    expect(writeButtons()).toEqual(['放弃', '批准']);
  });

  it('show 查阅 the rules in force, with no 保存为新版本 or 恢复默认', async () => {
    const w = await world();
    await renderSignedIn(w.db, actor(['reader']), <GradingRulesSection />);
    expect(await screen.findByTestId('template-in-force')).toBeTruthy();
    expect(writeButtons()).toEqual([]);
    cleanup();
    await renderSignedIn(w.db, actor(['department-head']), <GradingRulesSection />);
    expect(await screen.findByRole('button', { name: /保存为新版本/ })).toBeTruthy();
  });
});
