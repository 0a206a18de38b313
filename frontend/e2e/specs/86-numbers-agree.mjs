// The numbers agree (in English): on the sample workspace, Group health no
// longer says "no group chat yet", and for the same group and period it
// shows the dashboard's messages a day, reach, participation and silent
// share (one definition, package kpi), as the bindings do. The planner
// shows the best windows from the settings beside the group's busiest hours,
// and offers a kind its window.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tid, call, reload, selectOption, setLanguageByBinding, until, waitText, T } from '../lib/ui.mjs';
import { ymd } from '../lib/activity.mjs';

const KPIS = ['messages', 'reach', 'participation', 'silent'];

/** kpiTexts reads a screen's KPI values once they show. */
async function kpiTexts(page, screen) {
  const out = {};
  for (const k of KPIS) {
    const el = page.locator(tid(`${screen}-kpi-${k}-value`));
    await el.waitFor({ state: 'visible', timeout: T.normal });
    out[k] = (await el.textContent()).trim();
  }
  return out;
}

export default {
  name: 'numbers agree: health and dashboard show the same KPIs on the sample',
  timeout: 90_000,
  async run(t) {
    const en = (key, params) => t.i18n.t('en', key, params);
    const { page } = await t.open();
    await setLanguageByBinding(page, 'en');
    await call(page, 'SampleAPI.Start');
    await until(async () => (await call(page, 'GroupsAPI.List', false)).length === 3,
      { what: 'the sample workspace in', timeout: 60_000 });
    const groups = await call(page, 'GroupsAPI.List', false);
    const group = groups[0];

    // The bindings: the same counts for every group over the last 7 and 30 days.
    const today = new Date();
    for (const days of [7, 30]) {
      const from = ymd(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days + 1));
      for (const g of [0, ...groups.map((x) => x.id)]) {
        const d = await call(page, 'DashboardAPI.Get', g, from, ymd(today));
        const h = await call(page, 'ActivityAPI.Health', g, from, ymd(today));
        for (const k of ['members', 'messages', 'speakers', 'reached', 'silent', 'messagesPer100', 'reach', 'participation', 'silentShare', 'recorded']) {
          assert.equal(h[k], d[k], `group ${g}, ${days} days: ${k}`);
        }
        assert.ok(h.anyRecorded && d.messages > 0, `group ${g}, ${days} days: a chat on record, ${d.messages} messages`);
      }
    }

    // Group health shows the numbers, not "no group chat yet".
    await reload(page);
    await page.locator(tid('nav-health')).click();
    await page.waitForSelector(tid('health-kpis'), { state: 'visible', timeout: T.normal });
    assert.equal(await page.locator(tid('health-empty')).count(), 0, 'health says there is no chat');
    await selectOption(page, 'health-group', group.name);
    await page.locator(tid('health-preset-7')).click();
    const from = ymd(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6));
    await waitText(page, 'health-subtitle', en('ui.health.subtitle', { Group: group.name, From: from, To: ymd(today) }));
    await page.waitForTimeout(300);
    const health = await kpiTexts(page, 'health');
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '86-health.png') });

    // The dashboard, same group and period: the same texts.
    await page.locator(tid('nav-dashboard')).click();
    await page.waitForSelector(tid('dashboard-kpis'), { state: 'visible', timeout: T.normal });
    await selectOption(page, 'dashboard-group', group.name);
    await page.locator(tid('dashboard-preset-7')).click();
    await waitText(page, 'dashboard-subtitle', en('ui.dashboard.subtitle', { Group: group.name, From: from, To: ymd(today) }));
    for (const k of KPIS) await waitText(page, `dashboard-kpi-${k}-value`, health[k], { timeout: T.normal });
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '86-dashboard.png') });

    // The planner: the settings' windows beside the group's busiest hours; a
    // live preview is offered lunch, 12:00–13:30, and a click starts it there.
    const lines = await call(page, 'SettingsAPI.Thresholds');
    assert.deepEqual(lines.plan.windows.map((w) => [w.key, w.from, w.to]),
      [['news', 420, 510], ['lunch', 720, 810], ['evening', 1140, 1260]]);
    await page.locator(tid('nav-planner')).click();
    await waitText(page, 'planner-window-lunch', /12:00–13:30/, { timeout: T.normal });
    await waitText(page, 'planner-busiest', /\d\d:00/, { timeout: T.normal });
    await page.locator(tid('planner-add')).click();
    await page.locator(tid('planner-editor')).waitFor({ state: 'visible', timeout: T.short });
    await selectOption(page, 'planner-field-kind', en('ui.planner.kind.preview'));
    const offer = en('ui.planner.windows.for_kind', { Window: en('ui.planner.windows.lunch'), From: '12:00', To: '13:30' });
    await waitText(page, 'planner-window-offer', new RegExp(`^${offer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await page.locator(tid('planner-window-use')).click();
    const start = page.locator(`${tid('planner-editor')} .n-date-picker input`).first();
    await until(async () => (await start.inputValue()).endsWith('12:00'), { what: 'the item moved to 12:00' });
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '86-planner-editor.png') });
  },
};
