import { expect, type Page } from '@playwright/test';

export interface ProfileInput {
  organisation: string;
  department: string;
  operatorName: string;
  /** Chinese label of the level in the select, e.g. 内部 or 秘密. */
  level?: string;
}

export const SAMPLE_PROFILE: ProfileInput = { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟' };

/** What a user does with the app shell, setup and settings, in the words of the zh-CN UI. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(path === '/' ? '/' : `/#${path}`);
    await expect(this.page.locator('html[data-app-state]')).toBeAttached();
  }

  appState() {
    return this.page.locator('html').getAttribute('data-app-state');
  }

  async fillProfile(profile: Partial<ProfileInput>) {
    const p = this.page;
    if (profile.organisation !== undefined) await p.getByRole('textbox', { name: /^单位名称/ }).fill(profile.organisation);
    if (profile.department !== undefined) await p.getByRole('textbox', { name: /^部门/ }).fill(profile.department);
    if (profile.operatorName !== undefined) await p.getByRole('textbox', { name: /^操作员姓名/ }).fill(profile.operatorName);
    if (profile.level) {
      await p.getByRole('combobox', { name: '默认密级标志' }).click();
      await p.getByRole('option', { name: profile.level, exact: true }).click();
    }
  }

  async completeSetup(profile: ProfileInput = SAMPLE_PROFILE) {
    await expect(this.page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await this.fillProfile(profile);
    await this.page.getByRole('button', { name: '完成设置' }).click();
    await this.expectShell(profile);
  }

  async expectShell(profile: ProfileInput = SAMPLE_PROFILE) {
    await expect(this.page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.page.getByTestId('app-header')).toContainText(`${profile.organisation} · ${profile.department}`);
  }

  nav(name: string) {
    return this.page.getByRole('navigation', { name: '导航' }).getByRole('link', { name });
  }

  async goToSettings() {
    await this.nav('系统设置').click();
    await expect(this.page.getByRole('heading', { name: '系统设置', level: 2 })).toBeVisible();
  }
}
