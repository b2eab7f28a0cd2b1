import { createContact } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import { archive } from '../customers/fixtures';

/** The archive fixture plus a profile, a contact of the institute and the institute graded AAA. */
export async function complaintsWorld() {
  const w = await archive();
  await saveProfile(
    w.db,
    { organisation: '某研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } },
    w.ctx,
  );
  const contact = await createContact(w.db, w.institute.id, { name: '刘工', title: '质量处长', phones: ['13800001111'], notes: '' }, w.ctx);
  // A grade is written only by an approved grading; the fixture sets it directly (the grading path has its own tests).
  await w.db.table('customers').update(w.institute.id, { grade: 'AAA' });
  return { ...w, contact };
}

/** A complaint as the 登记 form sends it; tests override what they need. */
export function intake(customerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customerId,
    receivedAt: '2026-11-26T02:00:00.000Z', // Thursday 10:00 in Beijing
    channel: 'phone',
    category: 'quality',
    severity: 'critical',
    contactId: null,
    product: 'XX-3 型密封件（批次 2026-118）',
    description: '装配时发现密封件开裂',
    request: '查明原因并更换',
    handlerId: null,
    department: '质量部',
    ...overrides,
  };
}

const COUNTED = ['changes', 'complaints', 'profile'] as const;
/** Rows and change-log entries, to prove a refused write wrote nothing. */
export async function complaintCounts(db: AirgapDb) {
  const out: Record<string, unknown> = {};
  for (const t of COUNTED) out[t] = await db.table(t).count();
  out.rows = await db.table('complaints').toArray();
  return out;
}
