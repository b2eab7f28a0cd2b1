import { afterEach, describe, expect, it } from 'vitest';
import { createCustomer, deleteCustomer } from '../../../../src-renderer/data/customers';
import { conflictTable, lastExportTime, liveCustomerCount, openConflictViews, recordExportMark } from '../../../../src-renderer/data/exchange';
import { unitInput } from '../customers/fixtures';
import { closeAll, department } from './departments-fixture';

afterEach(closeAll);

describe('what the export and conflicts screens read', () => {
  it('keeps the time of the last saved incremental export beside its mark', async () => {
    const a = await department('市场部');
    expect(await lastExportTime(a.db, 'd1')).toBeNull();
    await recordExportMark(a.db, { departmentId: 'd1', seq: 3 }, new Date('2026-11-27T01:02:03.000Z'));
    expect(await lastExportTime(a.db, 'd1')).toBe('2026-11-27T01:02:03.000Z');
    expect((await a.db.meta.get('exchange.lastExport.d1'))?.value).toBe(3);
  });

  it('counts live customers only', async () => {
    const a = await department('市场部');
    const one = await createCustomer(a.db, unitInput({ name: '中国航天科技集团' }), a.ctx);
    await createCustomer(a.db, unitInput({ name: '北京理工大学' }), a.ctx);
    expect(await liveCustomerCount(a.db)).toBe(2);
    await deleteCustomer(a.db, one.id, a.ctx);
    expect(await liveCustomerCount(a.db)).toBe(1);
  });

  it('gives each open conflict its current record and customer name', async () => {
    const a = await department('市场部');
    const customer = await createCustomer(a.db, unitInput({ name: '中国航天科技集团' }), a.ctx);
    const loser = { ...customer, name: '航天科技集团（旧）' };
    await conflictTable(a.db).add({
      id: 'c1',
      kind: 'customers',
      recordId: customer.id,
      loser: loser as never,
      loserSide: 'local',
      winnerRev: customer.rev,
      winnerOrigin: customer.origin,
      sourceInstallationId: a.installation.installationId,
      sourceDepartment: '质量部',
      detectedAt: '2026-11-27T00:00:00.000Z',
      status: 'open',
      resolvedAt: null,
      resolvedBy: null,
    });
    const [view] = await openConflictViews(a.db);
    expect(view!.current?.name).toBe('中国航天科技集团');
    expect(view!.customerName).toBe('中国航天科技集团');
  });
});
