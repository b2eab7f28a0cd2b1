/**
 * Complaints with known statistics, shared by the unit test of the statistics read and the e2e
 * test of the 投诉统计 tab (one source for the numbers both assert). Instants are UTC; 02:00Z is
 * 10:00 in China, the same office day. "Now" for the on-time rate is 2026-11-27.
 *
 * 2026 (6): quality ×2, delivery ×2, tech_service, documentation; 质量部 3, 生产部 2, 技术部 1;
 * critical 1, major 2, minor 3; months 03:2, 05, 07, 09, 11. Answered: #1 in 8 days (on time),
 * #2 in 15 (late), #3 in 4, #4 in 2 → mean 7.25 days; #5 unanswered past its deadline (late), #6
 * not yet due → on time 3 of 5 = 60 %. Closed: #1 18 days, #2 20, #4 10 → mean 16; by the close
 * deadline #1 and #2 (#4 a day late, #3 and #5 open past it, #6 not due) → 2 of 5 = 40 %. Verified
 * satisfaction 4, 2, 5 → mean 3.67 (66.67 %). Only AAA (#1, #5, #6): 3 complaints, 1 of 2 on
 * time = 50 %, 8 days to answer, 18 to close.
 * Self-contained (no app imports): the e2e project compiles it alone; the unit test reads it as
 * core/model.ts ComplaintFields.
 * 2025 (2): one received 2025-12-31 23:00 China time (15:00Z) — still 2025 — answered in 5 days;
 * one answered in 4 and closed in 8 → on time 2 of 2, mean 4.5 days to answer, 8 to close; closed on
 * time 1 of 2 (the first is open past its close deadline) = 50 %.
 */
export const STATS_NOW = '2026-11-27T02:00:00.000Z';

interface Spec {
  category: string;
  severity: string;
  department: string;
  grade: string | null;
  received: string;
  answerDeadline: string;
  closeDeadline: string;
  answered: string | null;
  closed: string | null;
  satisfaction?: number;
}

const at = (day: string) => (day.includes('T') ? day : `${day}T02:00:00.000Z`);

const SPECS: Spec[] = [
  {
    category: 'quality',
    severity: 'major',
    department: '质量部',
    grade: 'AAA',
    received: '2026-03-02',
    answerDeadline: '2026-03-12',
    closeDeadline: '2026-03-25',
    answered: '2026-03-10',
    closed: '2026-03-20',
    satisfaction: 4,
  },
  {
    category: 'quality',
    severity: 'minor',
    department: '质量部',
    grade: 'AA',
    received: '2026-03-15',
    answerDeadline: '2026-03-25',
    closeDeadline: '2026-04-10',
    answered: '2026-03-30',
    closed: '2026-04-04',
    satisfaction: 2,
  },
  {
    category: 'delivery',
    severity: 'major',
    department: '生产部',
    grade: 'AA',
    received: '2026-05-06',
    answerDeadline: '2026-05-16',
    closeDeadline: '2026-05-30',
    answered: '2026-05-10',
    closed: null,
  },
  {
    category: 'tech_service',
    severity: 'critical',
    department: '技术部',
    grade: null,
    received: '2026-07-01',
    answerDeadline: '2026-07-05',
    closeDeadline: '2026-07-10',
    answered: '2026-07-03',
    closed: '2026-07-11',
    satisfaction: 5,
  },
  {
    category: 'documentation',
    severity: 'minor',
    department: '质量部',
    grade: 'AAA',
    received: '2026-09-10',
    answerDeadline: '2026-09-20',
    closeDeadline: '2026-10-10',
    answered: null,
    closed: null,
  },
  {
    category: 'delivery',
    severity: 'minor',
    department: '生产部',
    grade: 'AAA',
    received: '2026-11-20',
    answerDeadline: '2026-12-01',
    closeDeadline: '2026-12-20',
    answered: null,
    closed: null,
  },
  {
    category: 'quality',
    severity: 'major',
    department: '质量部',
    grade: 'AA',
    received: '2025-06-01',
    answerDeadline: '2025-06-11',
    closeDeadline: '2025-06-20',
    answered: '2025-06-05',
    closed: '2025-06-09',
  },
  {
    category: 'price',
    severity: 'minor',
    department: '市场部',
    grade: null,
    received: '2025-12-31T15:00:00.000Z',
    answerDeadline: '2026-01-10',
    closeDeadline: '2026-01-25',
    answered: '2026-01-05',
    closed: null,
  },
];

interface HistoryEntry {
  action: string;
  from: string;
  to: string;
  by: string;
  at: string;
  comment: string;
  verification?: { accepted: boolean; satisfaction: number };
}

function historyOf(spec: Spec, by: string): HistoryEntry[] {
  const steps: [string, string, string, string][] = [['accept', 'registered', 'accepted', spec.received]];
  if (spec.answered) {
    steps.push(
      ['analyse', 'accepted', 'analysing', spec.received],
      ['start_corrective_action', 'analysing', 'corrective_action', spec.received],
      ['answer', 'corrective_action', 'answered', spec.answered],
    );
  }
  if (spec.closed) steps.push(['verify', 'answered', 'verified', spec.closed], ['close', 'verified', 'closed', spec.closed]);
  return steps.map(([action, from, to, day]) => ({
    action,
    from,
    to,
    by,
    at: at(day),
    comment: '',
    ...(action === 'verify' ? { verification: { accepted: true, satisfaction: spec.satisfaction ?? 4 } } : {}),
  }));
}

/** The fixture's complaint records (fields only: the caller adds envelopes or writes them through data/records.ts). */
export function statsFixtureComplaints(customerId: string, by = '张伟'): Record<string, unknown>[] {
  return SPECS.map((spec, i) => {
    const history = historyOf(spec, by);
    const status = history[history.length - 1]!.to;
    const year = spec.received.slice(0, 4);
    const verification = spec.satisfaction ? { accepted: true, satisfaction: spec.satisfaction, comment: '', by, at: at(spec.closed!) } : null;
    return {
      customerId,
      number: `TS-${year}-${String(i + 1).padStart(4, '0')}`,
      channel: 'phone',
      category: spec.category,
      severity: spec.severity,
      status,
      receivedAt: at(spec.received),
      contactId: null,
      product: '惯性导航组件',
      description: '统计测试用投诉',
      request: '请给出书面答复',
      handlerId: null,
      department: spec.department,
      grade: spec.grade,
      deadlines: { acknowledge: spec.received.slice(0, 10), answer: spec.answerDeadline, close: spec.closeDeadline },
      dueDate: spec.answerDeadline,
      nextDeadline: spec.closed ? null : spec.answered ? spec.closeDeadline : spec.answerDeadline,
      history,
      zeroing: {},
      answer: spec.answered ? { text: '已答复', by, at: at(spec.answered) } : null,
      verification,
      acknowledgedAt: at(spec.received),
      answeredAt: spec.answered ? at(spec.answered) : null,
      closedAt: spec.closed ? at(spec.closed) : null,
      reopenedAt: null,
    };
  });
}
