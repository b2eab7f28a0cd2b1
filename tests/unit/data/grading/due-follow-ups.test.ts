import { describe, expect, it } from 'vitest';
import { dueFollowUps } from '../../../../src-renderer/data/grading';
import { archivePerTest } from '../customers/fixtures';
import { gradeArchive } from './graded-institute';

/** The dashboard's read: counts of every due and overdue follow-up, but only the first rows read. */
// The institute AAA (visits every 30 days), the academy and the group AA (every 60).
const w = archivePerTest(gradeArchive);

describe('dueFollowUps', () => {
  it('counts every overdue and due-soon task while reading only the first `limit`, earliest first', async () => {
    // 2027-01-25: the AAA task (due 12-27) overdue, the two AA tasks (due 01-26) due tomorrow.
    const due = await dueFollowUps(w.db, '2027-01-25', 2);
    expect(due).toMatchObject({ overdue: 1, dueSoon: 2 });
    expect(due.items.map((i) => i.dueDate)).toEqual(['2026-12-27', '2027-01-26']);
    expect(due.items[0]).toMatchObject({ customerName: '航天材料及工艺研究所', managerName: '王磊', grade: 'AAA' });
    const later = await dueFollowUps(w.db, '2027-02-01', 1);
    expect(later).toMatchObject({ overdue: 3, dueSoon: 0 });
    expect(later.items).toHaveLength(1);
  });

  it('leaves out what is not due within the week', async () => {
    expect(await dueFollowUps(w.db, '2026-12-01')).toMatchObject({ items: [], overdue: 0, dueSoon: 0 });
    // Due exactly a week ahead counts as due soon; today itself too.
    expect(await dueFollowUps(w.db, '2026-12-20')).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(await dueFollowUps(w.db, '2026-12-27')).toMatchObject({ overdue: 0, dueSoon: 1 });
    expect(await dueFollowUps(w.db, '2026-12-28')).toMatchObject({ overdue: 1, dueSoon: 0 });
  });
});
