// The dashboard (in Chinese): a WhatsApp export of the last three weeks is
// imported into a group that also has a member who never speaks; the
// Dashboard, first in the nav, shows for that group the KPI cards against
// the seeds' lines (reach red with what to do, silence red with the care
// message), changes with the period (7 → 30 days), draws its charts and
// saves one as a PNG through the save dialog.
import assert from 'node:assert/strict';
import { tid, call, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { saveChart } from '../lib/charts.mjs';
import { seedMembers } from '../lib/members.mjs';
import { groupInput } from '../lib/groups.mjs';
import { importChat, threeWeeksChat, writeChat, ymd } from '../lib/activity.mjs';
import { join } from 'node:path';

async function waitKpis(page, want) {
  for (const [key, [value, status]] of Object.entries(want)) {
    await waitText(page, `dashboard-kpi-${key}-value`, value, { timeout: T.normal });
    if (status) assert.equal(await page.locator(tid(`dashboard-kpi-${key}`)).getAttribute('data-status'), status, key);
  }
}

export default {
  name: 'dashboard: cards, period, charts, PNG',
  timeout: 45_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();

    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '看板测试群', platform: 'whatsapp' }));
    const [silent] = await seedMembers(page, [{ nickname: '老李', platform: 'whatsapp' }]);
    await call(page, 'MembersAPI.SetMembership', silent.id,
      { groupId: group.id, groupName: '', role: 'member', status: 'joined', joinedAt: '', leftAt: '' });
    const done = await importChat(page, { path: writeChat(t.dir, 'WhatsApp Chat with 看板测试群.txt', threeWeeksChat()), groupId: group.id, choices: {} });
    assert.equal(done.report.events, 30, JSON.stringify(done.report));

    // The binding's numbers, worked out by hand for the last 7 days.
    const today = new Date();
    const weekAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
    const d = await call(page, 'DashboardAPI.Get', group.id, ymd(weekAgo), ymd(today));
    assert.deepEqual([d.members, d.messages, d.speakers, d.reached, d.silent, d.silentAlert, d.perDay.length],
      [5, 28, 3, 3, 3, true, 7], JSON.stringify(d));

    // First in the nav; all groups over the last 30 days by default.
    const first = await page.locator('nav a.nav-link').first().getAttribute('data-testid');
    assert.equal(first, 'nav-dashboard');
    await waitText(page, 'nav-dashboard', zh('ui.nav.dashboard'));
    await page.locator(tid('nav-dashboard')).click();
    await page.waitForSelector(tid('dashboard-kpis'), { state: 'visible', timeout: T.normal });
    await waitKpis(page, { members: ['5'] });
    await selectOption(page, 'dashboard-group', '看板测试群');
    await page.locator(tid('dashboard-preset-7')).click();
    await waitText(page, 'dashboard-subtitle', zh('ui.dashboard.subtitle', { Group: '看板测试群', From: ymd(weekAgo), To: ymd(today) }));
    // 28 messages / 7 days / 5 members = 80 per 100; 3 of 5 did anything (reach 60 %, red), spoke (60 %), silent (60 %, red).
    await waitKpis(page, { messages: ['80', 'ok'], reach: ['60%', 'bad'], participation: ['60%', 'ok'], silent: ['60%', 'bad'] });
    await waitText(page, 'dashboard-kpi-reach-note', zh('ui.dashboard.todo.reach'));
    await waitText(page, 'dashboard-kpi-silent-note', zh('ui.dashboard.todo.silent'));
    await page.waitForSelector(tid('health-silent-alert'), { state: 'visible', timeout: T.short });

    // The charts, and one saved as a PNG.
    for (const c of ['members', 'daily', 'tiers', 'funnel']) {
      await page.waitForSelector(`${tid(`dashboard-chart-${c}`)} canvas`, { state: 'visible', timeout: T.normal });
    }
    await waitText(page, 'dashboard-daily-summary', zh('ui.dashboard.daily.summary', { Messages: 28, Days: 7, Speakers: 3, Reached: 3 }));
    const reading = await page.locator(tid('dashboard-tier-reading')).getAttribute('data-reading');
    await waitText(page, 'dashboard-tier-reading', zh(`ui.health.reading.${reading}`));
    const png = await saveChart(page, t, 'zh-CN', 'dashboard-chart-daily', join(t.dir, '看板-每日.png'));
    assert.ok(png.width > 0 && png.height >= 2 * 220 - 2 && png.bytes > 1000, JSON.stringify(png));

    // The last 30 days: 30 messages / 30 days / 5 members = 20, not above the line; 4 of 5 reached.
    await page.locator(tid('dashboard-preset-30')).click();
    await waitKpis(page, { messages: ['20', 'bad'], reach: ['80%', 'ok'], participation: ['80%', 'ok'] });
    await waitText(page, 'dashboard-kpi-messages-note', zh('ui.dashboard.todo.messages'));
    await waitText(page, 'dashboard-daily-summary', zh('ui.dashboard.daily.summary', { Messages: 30, Days: 30, Speakers: 4, Reached: 4 }));

    // The whole screen, light and then dark (the charts follow the theme).
    const size = page.viewportSize();
    await page.setViewportSize({ width: size.width, height: 1700 });
    await page.waitForTimeout(1000); // the charts resize with an animation
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '75-dashboard-light.png') });
    const before = (await call(page, 'SettingsAPI.Get')).theme;
    await page.locator(tid('theme-toggle')).click();
    await until(async () => (await call(page, 'SettingsAPI.Get')).theme !== before, { what: 'the theme to change' });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '75-dashboard-dark.png') });
    await page.setViewportSize(size);
  },
};
