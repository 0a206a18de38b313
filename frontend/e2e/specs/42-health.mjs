// Group health (in Chinese): a WhatsApp export of the last three weeks is
// imported into a group that also has a member who never speaks; the Health
// screen, for that group and the last 7 and 30 days, shows the KPIs against
// the seeds' lines (one red), the silent-members alert with a care message to
// copy, and the three charts, saved as PNG files through the save dialog; in
// the light theme and, switched, the dark one.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, luminance, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { canvasWidth, saveChart } from '../lib/charts.mjs';
import { seedMembers } from '../lib/members.mjs';
import { groupInput } from '../lib/groups.mjs';
import { importChat, threeWeeksChat, writeChat, ymd } from '../lib/activity.mjs';

/** Screenshots the whole screen light, then switches the app to its dark theme
 *  (the header toggle) and, once the charts have redrawn, screenshots it again. */
async function shootLightAndDark(t, page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: 1400 });
  await page.waitForTimeout(1000); // the charts resize with an animation
  await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', `${name}-light.png`) });
  for (let i = 0; i < 3 && (await call(page, 'SettingsAPI.Get')).theme !== 'dark'; i++) {
    const before = (await call(page, 'SettingsAPI.Get')).theme;
    await page.locator(tid('theme-toggle')).click();
    await until(async () => (await call(page, 'SettingsAPI.Get')).theme !== before, { what: 'the theme to change' });
  }
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, { timeout: T.short });
  await page.waitForTimeout(1200); // the charts redraw in the dark theme with an animation
  await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', `${name}-dark.png`) });
  await page.setViewportSize(size);
}

/** Saves the heatmap (answered without an extension: ".png" is added) and the
 *  tier chart as PNGs at pixel ratio 2 on the theme's card colour; a
 *  cancelled dialog writes nothing, and anything but a PNG is refused before
 *  a dialog opens. */
async function savePngs(t, page, dark) {
  const theme = dark ? 'dark' : 'light';
  const heat = join(t.dir, `发言时段-${theme}`);
  const png = await saveChart(page, t, 'zh-CN', 'health-chart-heatmap', `${heat}.png`, { answer: heat });
  const width = await canvasWidth(page, 'health-chart-heatmap');
  assert.ok(Math.abs(png.width - 2 * width) <= 2, `pixel ratio 2: ${png.width} px for a ${width} px chart`);
  assert.ok(png.height >= 2 * 260 - 2, `the chart's height at pixel ratio 2: ${png.height}`);
  assert.equal(png.topLeft[3], 255, 'an opaque background');
  const lum = luminance(`rgb(${png.topLeft.slice(0, 3).join(',')})`);
  assert.ok(dark ? lum < 0.1 : lum > 0.85, `the ${theme} card colour behind the chart: ${png.topLeft}`);
  const tiers = await saveChart(page, t, 'zh-CN', 'health-chart-tiers', join(t.dir, `分层-${theme}.png`));
  assert.ok(tiers.width > 0 && tiers.height > 0 && tiers.bytes > 1000, JSON.stringify(tiers));
  if (dark) return;

  const messages = page.locator('.n-message');
  const shown = await messages.count();
  await page.locator(tid('health-chart-daily-save')).click(); // no answer: cancelled
  await page.waitForTimeout(500);
  assert.equal(await messages.count(), shown, 'a cancelled save says nothing');
  assert.deepEqual(readdirSync(t.dir).filter((f) => f.endsWith('.png')).sort(), ['分层-light.png', '发言时段-light.png']);

  const kept = join(t.dir, 'never.png');
  answerDialog(t, 'save', kept);
  for (const bad of ['data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==', 'data:image/png;base64,aGVsbG8=', 'hello']) {
    const err = await page.evaluate((u) => window.go.app.ActivityAPI.SaveChart(u, 'x').then(() => null, (e) => e.message ?? String(e)), bad);
    assert.ok(err, `${bad} refused`);
    const shape = JSON.parse(err);
    assert.deepEqual([shape.code, shape.key], ['invalid', 'err.health.not_png'], err);
    assert.equal(shape.message, t.i18n.t('zh-CN', 'err.health.not_png'), 'in the user\'s language');
  }
  assert.ok(existsSync(join(t.dir, 'dialogs', 'save')) && !existsSync(kept), 'refused before any dialog');
  rmSync(join(t.dir, 'dialogs', 'save'));
}

async function waitKpis(page, want) {
  for (const [key, [value, status]] of Object.entries(want)) {
    await waitText(page, `health-kpi-${key}-value`, value, { timeout: T.normal });
    if (status) assert.equal(await page.locator(tid(`health-kpi-${key}`)).getAttribute('data-status'), status, key);
  }
}

export default {
  name: 'group health: KPIs, silent alert, charts',
  timeout: 45_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();

    // Before any chat export: sent to the Activity screen.
    await page.locator(tid('nav-health')).click();
    await page.waitForSelector(tid('health-empty'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'nav-health', zh('ui.nav.health'));
    assert.equal(await page.locator(tid('health-empty-activity')).getAttribute('href'), '#activity');

    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '健康测试群', platform: 'whatsapp' }));
    const [silent] = await seedMembers(page, [{ nickname: '老李', platform: 'whatsapp' }, { nickname: '路人', platform: 'whatsapp' }]);
    await call(page, 'MembersAPI.SetMembership', silent.id,
      { groupId: group.id, groupName: '', role: 'member', status: 'joined', joinedAt: '', leftAt: '' });
    const path = writeChat(t.dir, 'WhatsApp Chat with 健康测试群.txt', threeWeeksChat());
    const done = await importChat(page, { path, groupId: group.id, choices: {} });
    assert.equal(done.report.events, 30, JSON.stringify(done.report));

    const today = new Date();
    const weekAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6);
    const h = await call(page, 'ActivityAPI.Health', group.id, ymd(weekAgo), ymd(today));
    assert.deepEqual([h.members, h.messages, h.speakers, h.silent, h.silentAlert], [5, 28, 3, 3, true], JSON.stringify(h));

    // All groups (the default), then the group; the last 7 days.
    await page.locator(tid('nav-groups')).click();
    await page.locator(tid('nav-health')).click();
    await page.waitForSelector(tid('health-kpis'), { state: 'visible', timeout: T.normal });
    await page.locator(tid('health-preset-7')).click();
    await waitKpis(page, { members: ['6'], messages: ['66.7', 'ok'] }); // 路人 counts among all members
    await selectOption(page, 'health-group', '健康测试群');
    await waitText(page, 'health-subtitle', zh('ui.health.subtitle', { Group: '健康测试群', From: ymd(weekAgo), To: ymd(today) }));
    await waitKpis(page, {
      members: ['5'], speakers: ['3'], messages: ['80', 'ok'], participation: ['60%', 'ok'], silent: ['60%', 'bad'],
    });
    await waitText(page, 'health-kpi-silent-note', zh('ui.health.todo.silent'));
    await waitText(page, 'health-kpi-members-note', zh('ui.health.note.silent', { Count: 3, Days: 3 }));

    // The alert, with a care message to copy.
    await waitText(page, 'health-silent-alert', new RegExp(zh('ui.health.care.title', { Share: '60%', Count: 3, Days: 3 })));
    const draft = page.locator(`${tid('health-care-message')} textarea`);
    assert.equal(await draft.inputValue(), zh('ui.health.care.draft'));
    await page.locator(tid('health-care-copy')).click();
    await page.locator('.n-message', { hasText: zh('ui.common.copied') }).first().waitFor({ timeout: T.short });

    // The charts: drawn, read out, savable as PNG.
    for (const c of ['daily', 'tiers', 'heatmap']) {
      await page.waitForSelector(`${tid(`health-chart-${c}`)} canvas`, { state: 'visible', timeout: T.normal });
    }
    await waitText(page, 'health-daily-summary', zh('ui.health.daily.summary', { Messages: 28, Days: 7, Active: 6, Speakers: 3 }));
    await waitText(page, 'health-heatmap-summary', new RegExp(`^100%`));
    const reading = await page.locator(tid('health-tier-reading')).getAttribute('data-reading');
    assert.ok(['dormant', 'lurkers', 'core', 'mixed'].includes(reading), reading);
    await waitText(page, 'health-tier-reading', zh(`ui.health.reading.${reading}`));
    await savePngs(t, page, false);
    await shootLightAndDark(t, page, '42-health');
    await savePngs(t, page, true);

    // The last 30 days (in the dark theme now): 20 a day per 100 members is not above the line.
    await page.locator(tid('health-preset-30')).click();
    await waitKpis(page, { messages: ['20', 'bad'], participation: ['80%', 'ok'], speakers: ['4'] });
    await waitText(page, 'health-kpi-messages-note', zh('ui.health.todo.messages'));
    assert.equal(await page.locator(`${tid('health-presets')} .n-radio-button--checked`).count(), 1, 'the preset is lit');
    await page.waitForSelector(`${tid('health-chart-heatmap')} canvas`, { state: 'visible', timeout: T.short });

    // A custom range: the 3 days from 21 to 19 days ago hold only 阿强's messages, no preset is lit.
    const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 21);
    const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 19);
    const inputs = page.locator(`${tid('health-range')} input`);
    await inputs.first().fill(ymd(from));
    await inputs.last().fill(ymd(to));
    await inputs.last().press('Enter');
    await waitText(page, 'health-subtitle', zh('ui.health.subtitle', { Group: '健康测试群', From: ymd(from), To: ymd(to) }));
    await waitKpis(page, { speakers: ['1'], messages: ['13.3', 'bad'] }); // 2 messages / 3 days / 5 members
    assert.equal(await page.locator(`${tid('health-presets')} .n-radio-button--checked`).count(), 0, 'no preset lit');

    // A tier bar's members, and the quiet ones, open on the Members screen.
    await page.locator(tid('health-care-quiet')).click();
    await page.waitForSelector(tid('members-chip-group'), { state: 'visible', timeout: T.normal });
    await page.waitForSelector(tid('members-chip-tiers'), { state: 'visible', timeout: T.short });
  },
};
