import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_ACTIONS,
  allowedActions,
  blockedActions,
  replayHistory,
  transition,
  type ComplaintAction,
  type TransitionInput,
} from '../../../../src-renderer/core/complaints';
import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../../src-renderer/core/model';
import { AT, BY, completeZeroing } from './helpers';

/** The whole table: the target of every legal (state, action); absent = refused. */
const LEGAL: Record<ComplaintStatus, Partial<Record<ComplaintAction, ComplaintStatus>>> = {
  registered: { accept: 'accepted', reject: 'rejected' },
  accepted: { analyse: 'analysing', reject: 'rejected' },
  analysing: { start_corrective_action: 'corrective_action', reject: 'rejected' },
  corrective_action: { answer: 'answered' },
  answered: { verify: 'verified', reopen: 'reopened' },
  verified: { close: 'closed', reopen: 'reopened' },
  closed: { reopen: 'reopened' },
  rejected: { reopen: 'reopened' },
  reopened: { analyse: 'analysing', reject: 'rejected' },
};

/** A complete input for any action (a reason, an accepted verification). */
const fullInput: TransitionInput = {
  by: BY,
  at: AT,
  comment: '已电话联系客户',
  reason: '客户补充了新的故障现象',
  verification: { accepted: true, satisfaction: 4 },
};

describe('transition table', () => {
  const cases = COMPLAINT_STATUSES.flatMap((status) => COMPLAINT_ACTIONS.map((action) => ({ status, action, to: LEGAL[status][action] ?? null })));

  it.each(cases)('$status + $action → $to', ({ status, action, to }) => {
    const result = transition({ status, category: 'delivery' }, action, fullInput);
    if (to === null) {
      expect(result).toEqual({ ok: false, refusal: { code: 'complaints.refusal.notAllowed', action, status } });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.status).toBe(to);
      expect(result.entry).toMatchObject({ action, from: status, to, by: BY, at: AT, comment: '已电话联系客户' });
    }
  });

  it('allowedActions lists exactly the legal actions of each state', () => {
    for (const status of COMPLAINT_STATUSES) {
      expect(allowedActions({ status, category: 'delivery' }).sort()).toEqual(Object.keys(LEGAL[status]).sort());
    }
  });
});

describe('input rules', () => {
  it.each(['reject', 'reopen'] as const)('%s needs a reason (blank is none)', (action) => {
    const status = action === 'reject' ? 'registered' : 'closed';
    for (const reason of [undefined, '', '   ']) {
      const r = transition({ status, category: 'price' }, action, { by: BY, at: AT, reason });
      expect(r).toEqual({ ok: false, refusal: { code: 'validation.complaints.reasonRequired', action, status } });
    }
    const ok = transition({ status, category: 'price' }, action, { by: BY, at: AT, reason: ' 价格已按合同执行 ' });
    expect(ok.ok && ok.entry.reason).toBe('价格已按合同执行');
  });

  it('records who and when; refuses a missing user or a malformed time', () => {
    expect(transition({ status: 'registered', category: 'other' }, 'accept', { by: ' ', at: AT })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.complaints.byRequired' },
    });
    expect(transition({ status: 'registered', category: 'other' }, 'accept', { by: BY, at: '2026-03-02' })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.complaints.instant' },
    });
    expect(transition({ status: 'registered', category: 'other' }, 'accept', { by: BY, at: AT })).toEqual({
      ok: true,
      status: 'accepted',
      entry: { action: 'accept', from: 'registered', to: 'accepted', by: BY, at: AT, comment: '' },
    });
  });

  it('refuses an over-long comment and control characters', () => {
    expect(transition({ status: 'registered', category: 'other' }, 'accept', { by: BY, at: AT, comment: '长'.repeat(2001) })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.tooLong' },
    });
    expect(transition({ status: 'registered', category: 'other' }, 'accept', { by: BY, at: AT, comment: 'a\u0000b' })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.controlChars' },
    });
  });
});

describe('customer verification', () => {
  const answered = { status: 'answered' as const, category: 'quality' as const };

  it('accepted → verified, with the satisfaction recorded', () => {
    const r = transition(answered, 'verify', { by: BY, at: AT, verification: { accepted: true, satisfaction: 5 } });
    expect(r).toMatchObject({ ok: true, status: 'verified', entry: { verification: { accepted: true, satisfaction: 5 } } });
  });

  it('not accepted reopens the complaint, and needs a reason', () => {
    expect(transition(answered, 'verify', { by: BY, at: AT, verification: { accepted: false, satisfaction: 2 } })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.complaints.reasonRequired' },
    });
    const r = transition(answered, 'verify', { by: BY, at: AT, reason: '复测仍有漏气', verification: { accepted: false, satisfaction: 2 } });
    expect(r).toMatchObject({ ok: true, status: 'reopened', entry: { action: 'verify', to: 'reopened', reason: '复测仍有漏气' } });
    expect(r.ok && allowedActions({ status: r.status, category: 'quality' })).toEqual(['analyse', 'reject']);
  });

  it.each([0, 6, 3.5, Number.NaN])('satisfaction %s is refused (whole 1–5)', (satisfaction) => {
    expect(transition(answered, 'verify', { by: BY, at: AT, verification: { accepted: true, satisfaction } })).toMatchObject({
      ok: false,
      refusal: { code: 'validation.complaints.satisfaction' },
    });
  });

  it('verify without a verification is refused', () => {
    expect(transition(answered, 'verify', { by: BY, at: AT })).toMatchObject({ ok: false, refusal: { code: 'validation.complaints.verificationRequired' } });
  });
});

describe('quality zeroing gate', () => {
  it('a quality complaint cannot close before both halves of the zeroing are complete', () => {
    const zeroing = completeZeroing();
    delete zeroing.rules_improved;
    const complaint = { status: 'verified' as const, category: 'quality' as const, zeroing };
    expect(transition(complaint, 'close', { by: BY, at: AT })).toEqual({
      ok: false,
      refusal: { code: 'complaints.refusal.zeroingIncomplete', action: 'close', status: 'verified', missing: ['rules_improved'] },
    });
    expect(allowedActions(complaint)).toEqual(['reopen']);
    expect(blockedActions(complaint)).toMatchObject([{ action: 'close', missing: ['rules_improved'] }]);
    expect(transition({ ...complaint, zeroing: completeZeroing() }, 'close', { by: BY, at: AT })).toMatchObject({ ok: true, status: 'closed' });
  });

  it('an item without evidence, confirmer or time does not count', () => {
    for (const field of ['evidence', 'confirmedBy', 'confirmedAt'] as const) {
      const zeroing = completeZeroing();
      zeroing.located = { ...zeroing.located!, [field]: ' ' };
      expect(transition({ status: 'verified', category: 'quality', zeroing }, 'close', { by: BY, at: AT })).toMatchObject({
        ok: false,
        refusal: { missing: ['located'] },
      });
    }
  });

  it('a complaint of another category closes without zeroing', () => {
    expect(transition({ status: 'verified', category: 'delivery', zeroing: null }, 'close', { by: BY, at: AT })).toMatchObject({ ok: true, status: 'closed' });
  });
});

describe('replayHistory', () => {
  it('replays a legal history to its state and names the first entry that does not fit', () => {
    const steps: [ComplaintAction, TransitionInput][] = [
      ['accept', { by: BY, at: AT }],
      ['analyse', { by: BY, at: AT }],
      ['reject', { by: BY, at: AT, reason: '非我方产品' }],
    ];
    let complaint = { status: 'registered' as ComplaintStatus, category: 'other' as const };
    const history = steps.map(([action, input]) => {
      const r = transition(complaint, action, input);
      if (!r.ok) throw new Error(r.refusal.code);
      complaint = { ...complaint, status: r.status };
      return r.entry;
    });
    expect(replayHistory(history)).toEqual({ ok: true, status: 'rejected' });
    expect(replayHistory([history[0]!, history[2]!])).toEqual({ ok: false, index: 1 });
    expect(replayHistory([{ ...history[0]!, to: 'closed' }])).toEqual({ ok: false, index: 0 });
  });
});
