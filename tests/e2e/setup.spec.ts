import { expect, test } from './fixtures';
import { SAMPLE_PROFILE } from './pages/app-page';

test.describe('first-run setup', () => {
  test('a new installation asks for the department profile in Chinese', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
    await expect(page.getByText('数据只保存在这台计算机上')).toBeVisible();
  });

  test('empty and invalid values get Chinese field messages and nothing is saved', async ({ app, page }) => {
    await app.open();
    await app.fillProfile({ organisation: '   ', department: '部'.repeat(101), operatorName: '' });
    await page.getByRole('button', { name: '完成设置' }).click();
    await expect(page.getByText('请更正标红的字段，尚未保存任何内容')).toBeVisible();
    await expect(page.getByText('此项必填')).toHaveCount(2);
    await expect(page.getByText('内容过长')).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
    await expect(page.getByRole('textbox', { name: /^单位名称/ })).toHaveValue('');
  });

  test('a secret mark needs its period; setup then opens the shell and survives a reload', async ({ app, page }) => {
    await app.open();
    await app.fillProfile({ ...SAMPLE_PROFILE, level: '秘密' });
    await expect(page.getByLabel('保密期限（年）')).toHaveValue('10');
    await page.getByLabel('保密期限（年）').fill('');
    await page.getByRole('button', { name: '完成设置' }).click();
    await expect(page.getByText('秘密、机密级须注明保密期限')).toBeVisible();
    await page.getByLabel('保密期限（年）').fill('20');
    await page.getByRole('button', { name: '完成设置' }).click();
    await app.expectShell();
    await expect(page.getByTestId('app-header').getByTestId('classification-mark')).toHaveText('秘密★20年');
    await expect(page.getByRole('heading', { name: '张伟，您好' })).toBeVisible();

    await page.reload();
    await app.expectShell();
    await expect(page.getByTestId('app-header').getByTestId('classification-mark')).toHaveText('秘密★20年');
  });

  test('navigation shows only the sections that exist', async ({ app, page }) => {
    await app.open();
    await app.completeSetup();
    const links = page.getByRole('navigation', { name: '导航' }).getByRole('link');
    await expect(links).toHaveText(['工作台', '客户档案', '客户需求', '客户分级', '投诉反馈', '统计分析', '数据交换', '报表', '回收站', '系统设置']);
    await app.goToSettings();
    await expect(page).toHaveURL(/#\/settings$/);
    await app.nav('工作台').click();
    await expect(page.getByRole('heading', { name: '张伟，您好' })).toBeVisible();
  });
});
