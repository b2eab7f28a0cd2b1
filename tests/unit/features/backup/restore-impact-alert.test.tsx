// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveManifest } from '../../../../src-renderer/core/archive-file';
import { keyFingerprint } from '../../../../src-renderer/core/keys';
import { RestoreImpactAlert } from '../../../../src-renderer/features/backup/RestoreImpactAlert';
import { restoreImpact } from '../../../../src-renderer/features/backup/restore-impact';

/** The restore dialog's warning as the user reads it (zh-CN, the default locale). */
afterEach(cleanup);

const OWN = { installationId: '01900000-0000-7000-8000-000000000001', signingPublicKey: 'ab'.repeat(32), departments: 2 };
const counts = { installation: 1, customers: 10, changes: 30, departments: 5, conflicts: 1, printLog: 0 };
const manifest = (installationId: string, signerPublicKey: string) =>
  ({ source: { installationId, organisation: '航天材料及工艺研究所', department: '市场部' }, signerPublicKey }) as ArchiveManifest;

function show(installationId: string, signerPublicKey: string) {
  render(
    <MantineProvider>
      <RestoreImpactAlert impact={restoreImpact({ manifest: manifest(installationId, signerPublicKey), counts }, OWN)} />
    </MantineProvider>,
  );
  return screen.getByTestId('restore-impact');
}

describe('the restore warning', () => {
  it('says another installation signed the backup, shows both fingerprints and what is replaced', () => {
    const alert = show('01900000-0000-7000-8000-000000000002', 'cd'.repeat(32));
    expect(screen.getByTestId('restore-foreign').textContent).toContain('此备份由另一台安装签名，不是本机的备份');
    expect(alert.textContent).toContain(keyFingerprint('cd'.repeat(32)));
    expect(alert.textContent).toContain(keyFingerprint('ab'.repeat(32)));
    expect(alert.textContent).toContain('本机的安装编号和密钥：换成备份中那台安装的（编号 01900000-0000-7000-8000-000000000002）');
    expect(alert.textContent).toContain('部门通讯录（信任哪些签名者）：当前 2 个部门，换成备份中的 5 条');
  });

  it('an own backup: no foreign warning, the identity stays', () => {
    const alert = show(OWN.installationId, OWN.signingPublicKey);
    expect(screen.queryByTestId('restore-foreign')).toBeNull();
    expect(alert.textContent).toContain('本机的安装编号和密钥：与备份中的相同，不变');
  });
});
