import { expect, test, type Page } from './fixtures';
import { seriousViolations as seriousIn } from './axe';
import type { AppPage } from './pages/app-page';
import { GradingRulesPage } from './pages/grading-rules-page';

const SHOTS = 'test-results/screenshots';

async function openRules(app: AppPage, page: Page) {
  await app.openSetUp();
  await app.goToSettings();
  const rules = new GradingRulesPage(page);
  await rules.section().scrollIntoViewIfNeeded();
  return rules;
}

/**
 * A picture of the section alone, below the app's fixed header (a full-page capture paints the
 * header in the middle of a scrolled page), in a viewport tall enough to hold it.
 */
async function shootSection(rules: GradingRulesPage, name: string) {
  await rules.page.setViewportSize({ width: 1366, height: 2400 });
  const section = rules.section();
  await section.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -80);
  });
  await section.screenshot({ path: `${SHOTS}/${name}.png` });
  await rules.page.setViewportSize({ width: 1366, height: 860 });
}

const seriousViolations = (page: Page) => seriousIn(page, '[data-testid="grading-rules"]');

test.describe('grading rules (系统设置 › 分级规则)', () => {
  test.setTimeout(60_000);

  // One department for the three: each set keeps its own versions and history, and no step reads another’s.
  test('the three rule sets, each edited and saved as its own versions: criteria, template, policy', async ({ app, page }) => {
    const rules = await openRules(app, page);

    await test.step('criteria: an invalid threshold is refused at its field, a valid change is saved as version 1 with its approver, defaults restore as version 2', async () => {
      await rules.openTab('定级标准');
      const panel = rules.panel('定级标准');
      const aa = rules.field('定级标准', 'AA 类年综合效益门槛（万元）');
      const aaa = rules.field('定级标准', 'AAA 类年综合效益门槛（万元）');
      await expect(rules.current('criteria')).toContainText('第 0 版，论文默认值（未修改）');
      await expect(page.getByTestId('criteria-summary')).toContainText('AAA 类：年综合效益 ≥ 200 万元 或 合作 ≥ 2 年，且 回款稳定 或 主观评分 ≥ 70 分');

      // AA above AAA: the summary follows the edit, the save is refused at the field, nothing is asked or written.
      await aa.fill('500');
      await expect(page.getByTestId('criteria-summary')).toContainText('AA 类：年综合效益 ≥ 500 万元');
      await panel.getByRole('button', { name: '保存为新版本' }).click();
      await expect(panel.getByText('AA 类年综合效益门槛（万元）有误：AA 类门槛不能高于对应的 AAA 类门槛')).toBeVisible();
      await expect(aa).toHaveAttribute('aria-invalid', 'true');
      await expect(panel.getByText('请更正标红的字段，尚未保存任何内容')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await shootSection(rules, 'grading-rules-criteria-invalid-zh-CN-light');
      await expect(rules.current('criteria')).toContainText('第 0 版');
      await expect(rules.history('criteria').getByRole('row')).toHaveCount(2); // header + the default

      // Raising AAA above it clears the message as it is typed.
      await aaa.fill('600');
      await expect(panel.getByText('AA 类门槛不能高于对应的 AAA 类门槛')).toHaveCount(0);
      await expect(aa).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId('criteria-summary')).toContainText('AAA 类：年综合效益 ≥ 600 万元 或 合作 ≥ 2 年');

      // The approval: the approver is the signed-in user (张伟 holds 部门负责人), named in the dialog, never typed.
      await rules.saveVersion('定级标准', 1, '张伟', '按本年度经营情况提高年综合效益门槛');

      await expect(rules.current('criteria')).toContainText('第 1 版，张伟 审批');
      const v1 = rules.history('criteria').getByRole('row', { name: /第 1 版/ });
      await expect(v1).toContainText('张伟');
      await expect(v1).toContainText('按本年度经营情况提高年综合效益门槛');
      await expect(v1).toContainText('现行');
      await v1.getByRole('button', { name: '查看第 1 版的内容' }).click();
      await expect(rules.history('criteria')).toContainText('AAA 类：年综合效益 ≥ 600 万元');
      await expect(rules.history('criteria')).toContainText('AA 类：年综合效益 ≥ 500 万元');
      await shootSection(rules, 'grading-rules-criteria-saved-zh-CN-light');

      // Kept across a restart of the page.
      await app.reload();
      await rules.openTab('定级标准');
      await expect(rules.field('定级标准', 'AAA 类年综合效益门槛（万元）')).toHaveValue('600');

      await rules.restoreDefaults('定级标准', '恢复论文默认值', 2, '张伟');
      await expect(rules.field('定级标准', 'AAA 类年综合效益门槛（万元）')).toHaveValue('200');
      await expect(rules.field('定级标准', 'AA 类年综合效益门槛（万元）')).toHaveValue('20');
      await expect(rules.current('criteria')).toContainText('第 2 版，张伟 审批');
      await expect(rules.history('criteria').getByRole('row', { name: /第 2 版/ })).toContainText('恢复默认值');
      await expect(panel.getByRole('button', { name: '恢复论文默认值' })).toBeDisabled();
    });

    await test.step('template: a subjective item added, the sum hint, fixed to 100, a band edited, saved as version 2', async () => {
      await rules.openTab('打分表');
      const panel = rules.panel('打分表');
      const sum = page.getByTestId('subjective-sum');
      await expect(rules.current('template')).toContainText('第 1 版，默认打分表（未修改）');
      await expect(sum).toContainText('主观项满分合计 100 分');
      await expect(sum).toContainText('符合要求');

      await panel.getByRole('button', { name: '添加主观项' }).click();
      const added = panel.getByRole('group', { name: /^第 8 项/ });
      await added.getByRole('textbox', { name: '名称' }).fill('交付配合度');
      await added.getByRole('textbox', { name: '满分' }).fill('10');
      await added.getByRole('textbox', { name: '评分说明' }).fill('按交付节点配合情况打分：配合及时 8–10 分；一般 4–7 分；较差 0–3 分。');
      await expect(sum).toContainText('主观项满分合计 110 分');
      await expect(sum).toContainText('超出 10 分，须为 100 分');
      await panel.getByRole('button', { name: '保存为新版本' }).click();
      await expect(sum.getByText('主观项满分合计须为 100 分')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);

      // Reordering moves it among the subjective items only.
      await panel.getByRole('button', { name: '上移 交付配合度' }).click();
      await expect(panel.getByRole('group', { name: '第 7 项：交付配合度' })).toBeVisible();
      await expect(panel.getByRole('group', { name: '第 8 项：发展潜力' })).toBeVisible();

      await panel.getByRole('group', { name: '第 8 项：发展潜力' }).getByRole('textbox', { name: '满分' }).fill('10');
      await expect(sum).toContainText('主观项满分合计 100 分');
      await expect(sum).toContainText('符合要求');
      await expect(sum.getByText('主观项满分合计须为 100 分')).toHaveCount(0);

      // The top band of 年综合效益 from 200 to 300 万元.
      await panel
        .getByRole('group', { name: /年综合效益$/ })
        .getByRole('textbox', { name: '年综合效益第 4 档起点' })
        .fill('300');
      await shootSection(rules, 'grading-rules-template-edited-zh-CN-light');

      await rules.saveVersion('打分表', 2, '张伟', '增加交付配合度，发展潜力减为 10 分');
      await expect(rules.current('template')).toContainText('第 2 版，张伟 审批');
      await expect(panel.getByRole('group', { name: '第 7 项：交付配合度' })).toBeVisible();
      const v2 = rules.history('template').getByRole('row', { name: /第 2 版/ });
      await v2.getByRole('button', { name: '查看第 2 版的内容' }).click();
      const history = rules.history('template');
      await expect(history.getByRole('row', { name: /^交付配合度/ })).toContainText('10');
      await expect(history).toContainText('≥ 300 万元 40 分');
      await shootSection(rules, 'grading-rules-template-saved-zh-CN-light');

      // Removing it again and adding another: the new item does not take the removed one's place in the history.
      await panel.getByRole('button', { name: '删除 交付配合度' }).click();
      await panel.getByRole('button', { name: '添加主观项' }).click();
      await expect(panel.getByRole('group', { name: /^第 8 项：（未命名）/ })).toBeVisible();
      await panel.getByRole('button', { name: '放弃修改' }).click();
      await expect(panel.getByRole('group', { name: '第 7 项：交付配合度' })).toBeVisible();
    });

    await test.step('policy: an interval changed and saved, a better grade served less is refused, defaults restored', async () => {
      await rules.openTab('服务策略');
      const panel = rules.panel('服务策略');
      await expect(panel).toContainText('回访计划由本策略生成');
      await expect(rules.current('policy')).toContainText('第 0 版，默认服务策略（未修改）');

      await rules.field('服务策略', 'AA 类回访间隔（天）').fill('20');
      await panel.getByRole('button', { name: '保存为新版本' }).click();
      await expect(panel.getByText('AAA 类回访间隔（天）有误：等级越高，回访间隔和投诉答复期限不能越长')).toBeVisible();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await shootSection(rules, 'grading-rules-policy-invalid-zh-CN-light');

      await rules.field('服务策略', 'AA 类回访间隔（天）').fill('45');
      await rules.field('服务策略', 'AAA 类回访间隔（天）').fill('20');
      await panel.getByRole('combobox', { name: 'A 类签批人', exact: true }).click();
      await page.getByRole('option', { name: '部门负责人' }).click();
      await rules.saveVersion('服务策略', 1, '张伟', 'AAA 类每 20 天回访一次');
      await expect(rules.field('服务策略', 'AAA 类回访间隔（天）')).toHaveValue('20');
      await expect(panel.getByRole('combobox', { name: 'A 类签批人', exact: true })).toHaveValue('部门负责人');
      const v1 = rules.history('policy').getByRole('row', { name: /第 1 版/ });
      await expect(v1).toContainText('张伟');
      await v1.getByRole('button', { name: '查看第 1 版的内容' }).click();
      await expect(rules.history('policy').getByRole('row', { name: /^AAA/ })).toContainText('20');
      await shootSection(rules, 'grading-rules-policy-saved-zh-CN-light');

      await rules.restoreDefaults('服务策略', '恢复默认服务策略', 2, '张伟');
      await expect(rules.field('服务策略', 'AAA 类回访间隔（天）')).toHaveValue('30');
      await expect(rules.current('policy')).toContainText('第 2 版，张伟 审批');
    });
  });

  // One department for both schemes: dark is switched on as a user does, from the header.
  test('no serious accessibility violation in any panel (light and dark)', async ({ app, page }) => {
    const rules = await openRules(app, page);
    for (const scheme of ['light', 'dark'] as const) {
      await test.step(`no serious accessibility violation in any panel (${scheme})`, async () => {
        if (scheme === 'dark') {
          await page.getByRole('button', { name: '切换到深色主题' }).click();
          // The light step's refused edit, discarded: the panels as they were.
          await rules.panel('定级标准').getByRole('button', { name: '放弃修改' }).click();
          await expect(rules.panel('定级标准').getByText('B 类主观评分线（分）有误')).toHaveCount(0);
        }
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
        for (const tab of ['打分表', '定级标准', '服务策略'] as const) {
          await rules.openTab(tab);
          expect(await seriousViolations(page), tab).toEqual([]);
          const name = { 打分表: 'template', 定级标准: 'criteria', 服务策略: 'policy' }[tab];
          await shootSection(rules, `grading-rules-${name}-zh-CN-${scheme}`);
        }
        // With messages showing too.
        await rules.openTab('定级标准');
        await rules.field('定级标准', 'B 类主观评分线（分）').fill('80');
        await rules.panel('定级标准').getByRole('button', { name: '保存为新版本' }).click();
        await expect(rules.panel('定级标准').getByText('B 类主观评分线（分）有误：B 类主观评分线不能高于 AA 类主观评分门槛')).toBeVisible();
        expect(await seriousViolations(page), 'criteria with messages').toEqual([]);
      });
    }
  });

  test('en-US renders the three panels through the catalog', async ({ app, page }) => {
    await app.openSetUp('/settings');
    await page.getByTestId('app-header').getByText('English', { exact: true }).click();
    const section = page.getByRole('region', { name: 'Grading rules' });
    await section.getByRole('tab', { name: 'Grade criteria' }).click();
    await expect(page.getByTestId('criteria-summary')).toContainText(
      'AAA: annual benefit ≥ 200 ×10k CNY or cooperation ≥ 2 years, and payment stable or subjective score ≥ 70',
    );
    const rules = new GradingRulesPage(page, 'Grading rules');
    await shootSection(rules, 'grading-rules-criteria-en-US-light');
    await section.getByRole('tab', { name: 'Scoring table' }).click();
    await expect(section.getByRole('group', { name: 'Item 1: 年综合效益' })).toContainText('Source: annual benefit (last full year)');
    await shootSection(rules, 'grading-rules-template-en-US-light');
    await section.getByRole('tab', { name: 'Service policy' }).click();
    await expect(section.getByRole('combobox', { name: 'AAA signed off by' })).toHaveValue('Department head');
    await shootSection(rules, 'grading-rules-policy-en-US-light');
  });
});
