import { describe, expect, it } from 'vitest';
import { createBenefitYear } from '../../../../src-renderer/data/customers';
import { approveRun, discardRun, draftGrading, openDraftOf, overrideGrading } from '../../../../src-renderer/data/grading';
import { archivePerTest } from '../customers/fixtures';

/** The customer page's pending single-customer draft: found by customer, gone once approved or discarded. */
const w = archivePerTest((a) => createBenefitYear(a.db, a.institute.id, { year: 2025, contractWan: 300, benefitWan: 260 }, a.ctx));

describe('openDraftOf', () => {
  it('is null without a draft, and ignores batch drafts and other customers’ drafts', async () => {
    expect(await openDraftOf(w.db, w.institute.id)).toBeNull();
    await draftGrading(w.db, { evaluationDate: '2026-11-26' }, w.ctx);
    await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.academy.id }, w.ctx);
    expect(await openDraftOf(w.db, w.institute.id)).toBeNull();
    expect((await openDraftOf(w.db, w.academy.id))?.entry.customerId).toBe(w.academy.id);
  });

  it('returns the single draft with its entry, follows an override, and the newer draft replaces the older', async () => {
    const first = await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.institute.id }, w.ctx);
    const found = await openDraftOf(w.db, w.institute.id);
    expect(found?.run.id).toBe(first.id);
    expect(found?.entry).toMatchObject({ proposedGrade: 'AA', finalGrade: 'AA', override: null });
    await overrideGrading(w.db, found!.entry.id, { grade: 'A', reason: '合同即将终止' }, w.ctx);
    expect((await openDraftOf(w.db, w.institute.id))?.entry).toMatchObject({ finalGrade: 'A', override: { reason: '合同即将终止' } });

    w.ctx.tick();
    const second = await draftGrading(w.db, { evaluationDate: '2027-01-10', customerId: w.institute.id }, w.ctx);
    expect((await openDraftOf(w.db, w.institute.id))?.run.id).toBe(second.id);
  });

  it('is gone once the draft is approved or discarded', async () => {
    const run = await draftGrading(w.db, { evaluationDate: '2026-11-26', customerId: w.institute.id }, w.ctx);
    await approveRun(w.db, run.id, {}, w.ctx, '2026-11-27');
    expect(await openDraftOf(w.db, w.institute.id)).toBeNull();
    const next = await draftGrading(w.db, { evaluationDate: '2026-11-28', customerId: w.institute.id }, w.ctx);
    expect(await openDraftOf(w.db, w.institute.id)).not.toBeNull();
    await discardRun(w.db, next.id, w.ctx);
    expect(await openDraftOf(w.db, w.institute.id)).toBeNull();
  });
});
