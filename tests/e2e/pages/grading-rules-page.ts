import { expect, type Page } from '@playwright/test';

export type RulesTab = '打分表' | '定级标准' | '服务策略';

/** 系统设置 › 分级规则, in the words of the zh-CN UI. */
export class GradingRulesPage {
  constructor(
    readonly page: Page,
    private readonly title = '分级规则',
  ) {}

  section() {
    return this.page.getByRole('region', { name: this.title });
  }

  async openTab(tab: RulesTab) {
    await this.section().getByRole('tab', { name: tab }).click();
    await expect(this.panel(tab)).toBeVisible();
  }

  panel(tab: RulesTab) {
    return this.section().getByRole('tabpanel', { name: tab });
  }

  field(tab: RulesTab, name: string) {
    return this.panel(tab).getByRole('textbox', { name, exact: true });
  }

  /** 保存为新版本 → the approval dialog, naming the signed-in `approver`, filled and confirmed. */
  async saveVersion(tab: RulesTab, version: number, approver: string, note: string) {
    await this.panel(tab).getByRole('button', { name: '保存为新版本' }).click();
    const dialog = this.page.getByRole('dialog', { name: `保存为新版本（第 ${version} 版）` });
    await expect(dialog.getByTestId('approver')).toHaveText(`审批人：${approver}`);
    await dialog.getByRole('textbox', { name: '修改说明' }).fill(note);
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await expect(this.page.getByText(`已保存为第 ${version} 版`)).toBeVisible();
    await expect(dialog).toBeHidden();
  }

  /** 恢复…默认… → the approval dialog, naming the signed-in `approver`, confirmed. */
  async restoreDefaults(tab: RulesTab, button: string, version: number, approver: string) {
    await this.panel(tab).getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: `恢复默认值（保存为第 ${version} 版）` });
    await expect(dialog.getByTestId('approver')).toHaveText(`审批人：${approver}`);
    await dialog.getByRole('button', { name: '恢复并保存' }).click();
    await expect(this.page.getByText(`已恢复默认值，保存为第 ${version} 版`)).toBeVisible();
    await expect(dialog).toBeHidden();
  }

  history(kind: 'template' | 'criteria' | 'policy') {
    return this.page.getByTestId(`${kind}-history`);
  }

  current(kind: 'template' | 'criteria' | 'policy') {
    return this.page.getByTestId(`${kind}-current`);
  }
}
