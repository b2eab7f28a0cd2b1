import {
  allowedActions,
  COMPLAINT_ACTIONS,
  DEFAULT_COMPLAINT_SETTINGS,
  DEFAULT_DEADLINE_CONFIG,
  ZEROING_ITEMS,
} from '../../../../src-renderer/core/complaints';
import { DEFAULT_CRITERIA, DEFAULT_SERVICE_POLICY, DEFAULT_TEMPLATE, GRADES } from '../../../../src-renderer/core/grading';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_SEVERITIES } from '../../../../src-renderer/core/model';
import { REPORT_KINDS } from '../../../../src-renderer/core/reports';
import {
  actOnComplaint,
  confirmComplaintZeroingItem,
  deleteComplaint,
  registerComplaint,
  restoreComplaint,
  saveComplaintSettings,
  updateComplaintIntake,
  type ComplaintRecord,
} from '../../../../src-renderer/data/complaints';
import {
  editDepartment,
  listOpenConflicts,
  removeDepartment,
  resolveConflict,
  restoreDepartment,
  selectedCustomerIds,
} from '../../../../src-renderer/data/exchange';
import {
  approveRun,
  currentConfig,
  discardRun,
  draftGrading,
  overrideGrading,
  restoreDefaultConfig,
  saveAssessment,
  saveConfig,
} from '../../../../src-renderer/data/grading';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import { reserveOutput, settleOutput } from '../../../../src-renderer/data/output';
import {
  createSurvey,
  deleteSurvey,
  listQuestionnaires,
  recordFollowUpVisit,
  restoreSurvey,
  saveQuestionnaire,
} from '../../../../src-renderer/data/satisfaction';
import { dayFrom, deleted, live, notes, nth, rotate, rowOf, text, type Params, rowStep } from './pick';
import { exportTo, importInto, type Dept, type World } from './world';

/** Grading, complaints, satisfaction, settings, printing and exchange, driven by a step's numbers. */
const today = (d: Dept) => dayFrom(d.ctx.now(), 0);
const liveOf = (d: Dept, table: string, n: number) => rowOf(d.db, table, n, live);

/** Scoring templates a department head might save: the default, another item set, odd item ids. */
const SUBJECTIVE_IDS = [
  ['communication', 'demand_match', 'loyalty', 'potential'],
  ['service', 'quality', 'x1', 'y_2'],
  ['constructor', 'valueof', 'tostring', 'hasownproperty'],
  ['valueof', 'tostring', 'hasownproperty', 'isprototypeof'],
];
function template(n: number) {
  const ids = nth(SUBJECTIVE_IDS, n);
  const objective = DEFAULT_TEMPLATE.items.filter((i) => i.kind === 'objective');
  const subjective = ids.map((id, k) => ({ id, kind: 'subjective' as const, label: `主观${k}`, maxPoints: 25, guide: '' }));
  return { version: 1, items: [...objective, ...subjective] };
}

/** Questionnaire dimensions: ordinary ids, and ids that are also names of Object.prototype members. */
const DIMENSIONS = [
  [{ id: 'response', label: '响应速度', weight: 2 }],
  [
    { id: 'product_quality', label: '产品质量', weight: 1 },
    { id: 'delivery', label: '交付', weight: 0.5 },
  ],
  [
    { id: 'constructor', label: '构造', weight: 1 },
    { id: 'prototype', label: '原型', weight: 1 },
  ],
  [
    { id: 'valueof', label: '值', weight: 1 },
    { id: 'tostring', label: '文本', weight: 3 },
  ],
];

async function complaintInput(d: Dept, customerId: string, [p0, p1, p2, p3]: Params) {
  const contact = p2 % 2 ? await rowOf(d.db, 'contacts', p2, (c) => live(c) && c.customerId === customerId) : undefined;
  const handler = p3 % 2 ? await liveOf(d, 'managers', p3) : undefined;
  return {
    customerId,
    receivedAt: new Date(d.ctx.now().getTime() - (p1 % 5) * 3_600_000).toISOString(),
    channel: nth(COMPLAINT_CHANNELS, p0),
    category: nth(COMPLAINT_CATEGORIES, p1),
    severity: nth(COMPLAINT_SEVERITIES, p2),
    contactId: contact?.id ?? null,
    product: text(200, p0 + 1),
    description: notes(2000, p1 + 1) || '开裂',
    request: notes(2000, p3),
    handlerId: handler?.id ?? null,
    department: text(50, p3),
  };
}

export const OTHER_STEPS: Record<string, (d: Dept, p: Params, world: World) => Promise<unknown>> = {
  async assessmentSave(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    if (!c) return;
    const { body } = await currentConfig(d.db, 'template');
    const entries = Object.fromEntries(body.items.filter((i) => i.kind === 'subjective').map((i, k) => [i.id, nth([null, 0, i.maxPoints, 12.5], p1 + k)]));
    return saveAssessment(d.db, c.id, { year: nth([2026, 2025], p2), entries, communicationDifficult: p2 % 5 === 0, note: notes(2000, p1) }, d.ctx);
  },
  async gradingDraft(d, [p0, p1]) {
    const single = p0 % 2 ? await liveOf(d, 'customers', p1) : undefined;
    return draftGrading(d.db, { evaluationDate: today(d), customerId: single?.id, note: notes(2000, p1) }, d.ctx);
  },
  async gradingOverride(d, [p0, p1, p2]) {
    const g = await rowOf(d.db, 'gradings', p0);
    return g && overrideGrading(d.db, g.id, { grade: p1 % 5 === 0 ? null : nth(GRADES, p1), reason: nth(['', '经理判断', '理'.repeat(500)], p2) }, d.ctx);
  },
  async gradingApprove(d, [p0, , p2]) {
    const run = await rowOf(d.db, 'gradeRuns', p0, (r) => r.status === 'draft');
    return run && approveRun(d.db, run.id, { note: notes(2000, p2) }, d.ctx);
  },
  async gradingYear(d, [, p1]) {
    // The yearly flow at once: a batch draft, approved (the step that first gives customers a grade).
    const run = await draftGrading(d.db, { evaluationDate: today(d), note: '' }, d.ctx);
    return approveRun(d.db, run.id, { note: notes(2000, p1) }, d.ctx);
  },
  async gradingDiscard(d, [p0]) {
    const run = await rowOf(d.db, 'gradeRuns', p0, (r) => r.status === 'draft');
    return run && discardRun(d.db, run.id, d.ctx);
  },
  async configSave(d, [p0, p1, p2]) {
    const approval = { note: notes(2000, p2) };
    const kind = nth(['template', 'criteria', 'policy', 'default'] as const, p0);
    if (kind === 'default') return restoreDefaultConfig(d.db, nth(['template', 'criteria', 'policy'] as const, p1), approval, d.ctx);
    if (kind === 'template') return saveConfig(d.db, 'template', template(p1), approval, d.ctx);
    if (kind === 'criteria') return saveConfig(d.db, 'criteria', { ...DEFAULT_CRITERIA, aaaBenefitWan: nth([200, 150, 1], p1) }, approval, d.ctx);
    return saveConfig(
      d.db,
      'policy',
      { ...DEFAULT_SERVICE_POLICY, AAA: { ...DEFAULT_SERVICE_POLICY.AAA, visitIntervalDays: nth([30, 1, 366], p1) } },
      approval,
      d.ctx,
    );
  },
  async complaintRegister(d, p) {
    const c = await liveOf(d, 'customers', p[0]);
    return c && registerComplaint(d.db, await complaintInput(d, c.id, p), d.ctx);
  },
  async complaintEdit(d, p) {
    const c = await liveOf(d, 'complaints', p[0]);
    return c && updateComplaintIntake(d.db, c.id, await complaintInput(d, c.customerId as string, rotate(p)), d.ctx);
  },
  async complaintAct(d, [p0, p1, p2, p3]) {
    const c = await liveOf(d, 'complaints', p0);
    // Mostly what the screen offers for the complaint's state; sometimes any action (refused).
    const offered = c ? allowedActions(c as unknown as ComplaintRecord) : [];
    const action = p1 % 4 === 0 || offered.length === 0 ? nth(COMPLAINT_ACTIONS, p1) : nth(offered, p1);
    const input = {
      comment: notes(2000, p2),
      reason: nth(['', '非我所产品', '因'.repeat(2000)], p3),
      answer: notes(2000, p3) || '已更换',
      verification: { accepted: p2 % 3 !== 0, satisfaction: 1 + (p3 % 5) },
    };
    return c && actOnComplaint(d.db, c.id, action, input, d.ctx);
  },
  async complaintZeroing(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'complaints', p0);
    const item = nth(ZEROING_ITEMS, p1);
    const input = {
      evidence: notes(2000, p2 + 1),
      confirmedBy: text(50, p2 + 1),
      confirmedAt: nth([d.ctx.now().toISOString(), '2026-12-01T10:00:00+08:00', '2026-12-01T02:00:00Z'], p2),
    };
    return c && confirmComplaintZeroingItem(d.db, c.id, item, input, d.ctx);
  },
  complaintDelete: rowStep('complaints', live, deleteComplaint),
  complaintRestore: rowStep('complaints', deleted, restoreComplaint),
  async complaintSettings(d, [p0, p1]) {
    const deadlines =
      p1 % 2 ? DEFAULT_DEADLINE_CONFIG : { ...DEFAULT_DEADLINE_CONFIG, dayCount: 'calendar', holidays: ['2027-02-16'], makeUpWorkdays: ['2027-02-20'] };
    return saveComplaintSettings(d.db, { ...DEFAULT_COMPLAINT_SETTINGS, departmentCode: nth([null, 'KF3', ' kf3 ', ''], p0), deadlines }, d.ctx);
  },
  async questionnaireSave(d, [p0, p1, p2]) {
    const base = p0 % 2 ? null : ((await listQuestionnaires(d.db))[p0 % 3]?.questionnaireId ?? null);
    return saveQuestionnaire(d.db, base, { name: text(100, p2 + 1), scaleMax: nth([5, 10, 3], p1), dimensions: nth(DIMENSIONS, p1) }, d.ctx);
  },
  async surveyCreate(d, [p0, p1, p2, p3]) {
    const c = await liveOf(d, 'customers', p0);
    const q = nth(await listQuestionnaires(d.db), p1);
    const scores = Object.fromEntries(q.dimensions.map((dim, k) => [dim.id, 1 + ((p2 + k) % q.scaleMax)]));
    const input = {
      date: dayFrom(d.ctx.now(), -(p3 % 10)),
      source: 'questionnaire',
      questionnaireId: q.questionnaireId,
      questionnaireVersion: q.version,
      scores,
      respondentName: text(50, p3),
      comment: notes(2000, p2),
    };
    return c && createSurvey(d.db, c.id, input, d.ctx);
  },
  surveyDelete: rowStep('surveys', live, deleteSurvey),
  surveyRestore: rowStep('surveys', deleted, restoreSurvey),
  async followUpVisit(d, [p0, p1, p2]) {
    const c = await liveOf(d, 'customers', p0);
    const q = nth(await listQuestionnaires(d.db), p1);
    const survey =
      p2 % 2
        ? null
        : {
            questionnaireId: q.questionnaireId,
            questionnaireVersion: q.version,
            scores: { [q.dimensions[0]!.id]: q.scaleMax },
            respondentName: '刘工',
            comment: '',
          };
    const interaction = { kind: nth(['visit', 'call'] as const, p1), date: today(d), departments: ['marketing'], summary: '回访' };
    return c && recordFollowUpVisit(d.db, c.id, { interaction, survey }, d.ctx);
  },
  async profileSave(d, [p0, p1]) {
    const mark = nth(
      [
        { level: 'internal', periodYears: null },
        { level: 'secret', periodYears: 10 },
      ],
      p1,
    );
    return saveProfile(d.db, { organisation: text(100, p0 + 1), department: d.name, operatorName: d.ctx.actor.name, defaultMark: mark }, d.ctx);
  },
  async printLog(d, [p0, p1]) {
    const customer = await rowOf(d.db, 'customers', p0);
    const params: Record<string, string | number | null> = customer ? { customerId: customer.id, year: 2026, note: null } : {};
    const ctx = { actor: d.ctx.actor, origin: d.installation.installationId, now: d.ctx.now() };
    const kind = nth(['print', 'pdf', 'table-export'] as const, p1);
    const purpose =
      text(100, p0 + 1)
        .replace(/\s+/g, ' ')
        .trim() || '用途';
    // A table exported as .xlsx / .csv (issue 16.4): a file, with its record count and no report or pages.
    const line = await reserveOutput(d.db, ctx, {
      kind,
      ...(kind === 'table-export' ? {} : { report: nth(REPORT_KINDS, p1), params, shell: 'browser' as const }),
      title: text(300, p1 + 1) || '报表',
      mark: { level: 'internal', periodYears: null },
      purpose,
    });
    // Printed or cancelled (作废): both stay in the register.
    return settleOutput(
      d.db,
      ctx,
      line.id,
      p0 % 3 !== 0,
      kind === 'table-export' ? { records: p0 % 50, details: { fileFormat: 'csv' } } : { pages: nth([null, 1, 418], p1) },
    );
  },
  async exchange(d, [p0, p1, p2], world) {
    const to = nth(
      world.depts.filter((x) => x !== d && d.directory.has(x.name)),
      p0,
    );
    const scope = nth(['full', 'changes', 'selection'] as const, p1);
    if (scope === 'selection') {
      const picked = await rowOf(d.db, 'customers', p2);
      if (!picked) return;
      const ids = await selectedCustomerIds(d.db, { by: 'customers', customerIds: [picked.id] });
      return importInto(to, (await exportTo(d, to, { type: 'selection', by: 'customers', customerIds: ids })).bytes, p2 % 2 === 0 ? d : undefined);
    }
    const file = await exportTo(d, to, scope === 'full' ? { type: 'full' } : { type: 'changes', departmentId: d.directory.get(to.name)! });
    return importInto(to, file.bytes, p2 % 2 === 0 ? d : undefined);
  },
  async conflictResolve(d, [p0, p1]) {
    const open = await listOpenConflicts(d.db);
    return open.length > 0 && resolveConflict(d.db, nth(open, p0).id, p1 % 2 ? 'take-loser' : 'keep-winner', d.ctx);
  },
  async departmentEdit(d, [p0, p1, p2]) {
    const id = nth([...d.directory.values()], p0);
    const op = nth(['edit', 'remove', 'restore'] as const, p1);
    if (op === 'remove') return removeDepartment(d.db, id, d.ctx);
    if (op === 'restore') return restoreDepartment(d.db, id, d.ctx);
    return editDepartment(d.db, id, { name: text(100, p2 + 1), organisation: '航天材料及工艺研究所', note: notes(500, p2) }, d.ctx);
  },
};
