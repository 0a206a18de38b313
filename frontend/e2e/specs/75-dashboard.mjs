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
import { writeChat } from '../lib/activity.mjs';
import { join } from 'node:path';

const pad = (n) => String(n).padStart(2, '0');
const ymd = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A WhatsApp (Android) line daysAgo days before today at hh:mm. */
function line(daysAgo, hh, mm, name, text) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  return { at: d.getTime(), text: `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(hh)}:${pad(mm)} - ${name}: ${text}` };
}

/** In the last 7 days: 大明 4 a day on 6 days, 小红 and 小刚 twice each (28
 *  messages); 阿强 only 20 and 21 days ago. In the last 3 days only 大明 and
 *  小红 spoke: 小刚, 阿强 and 老李 (who never speaks) are silent — 3 of 5. */
function chat() {
  const out = [];
  for (let i = 1; i <= 6; i++) {
    out.push(line(i, 8, 0, '大明', '早上好'), line(i, 8, 10, '大明', '今天几点直播？'), line(i, 12, 30, '大明', '午饭时间到'),
      line(i, 20, 0, '大明', '晚上好'));
  }
  out.push(line(2, 20, 15, '小红', '好的'), line(5, 20, 30, '小红', '哈哈'));
  out.push(line(4, 13, 0, '小刚', '收到'), line(6, 7, 30, '小刚', '早'));
  out.push(line(20, 9, 0, '阿强', '大家好'), line(21, 9, 0, '阿强', '在吗'));
  return out.sort((a, b) => a.at - b.at).map((l) => l.text);
}

async function importChat(page, req) {
  return page.evaluate((req) => new Promise((resolve, reject) => {
    window.runtime.EventsOn('activity:done', resolve);
    window.runtime.EventsOn('activity:failed', (p) => reject(new Error(JSON.stringify(p))));
    window.go.app.ActivityAPI.Start(req);
  }), req);
}

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
    const done = await importChat(page, { path: writeChat(t.dir, 'WhatsApp Chat with 看板测试群.txt', chat()), groupId: group.id, choices: {} });
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
