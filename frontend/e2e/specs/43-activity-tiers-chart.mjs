// The issue's test end to end (in English): a QQ message-manager export of the
// last two months is chosen on the Activity screen through the native dialog
// and imported into a group; the member list shows each sender's tier and
// filters by it; a member's drawer explains the tier (the rule, R/F/M) and
// saves its activity chart as a PNG; the Health screen of the group shows
// the tiers and, a bar clicked, leads to that tier's members; the tier chart
// is saved as a PNG file.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tid, call, luminance, selectOption, setLanguageByBinding, until, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { groupInput } from '../lib/groups.mjs';
import { writeChat, openActivity } from '../lib/activity.mjs';
import { waitRows } from '../lib/members.mjs';
import { canvasWidth, saveChart } from '../lib/charts.mjs';
import { shoot } from '../lib/imports.mjs';

const pad = (n) => String(n).padStart(2, '0');

const SENDERS = { 大明: 10001, 小红: 10002, 小刚: 10003, 阿强: 10004, 老王: 10005 };

/** A QQ message: its header line (time, nickname, QQ number), the text and a blank line. */
function message(daysAgo, hh, mm, name, text) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  const at = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(hh)}:${pad(mm)}:00`;
  return { at: d.getTime(), lines: [`${at} ${name}(${SENDERS[name]})`, text, ''] };
}

/** 大明 busy every day of the last 20, 小红 and 小刚 now and then, 阿强 busy
 *  until 16 days ago, 老王 only two months ago: 191 messages. */
function chat() {
  const out = [];
  for (let i = 1; i <= 20; i++) {
    for (const [hh, mm, text] of [[8, 0, '早上好'], [8, 10, '今天几点直播？'], [12, 0, '午饭时间到'], [20, 0, '晚上好'],
      [20, 5, '今天的视频真好看'], [21, 0, '晚安']]) out.push(message(i, hh, mm, '大明', text));
    if (i % 2 === 0) out.push(message(i, 12, 10, '大明', '[图片]'));
    if (i % 4 === 2) out.push(message(i, 8, 30, '小红', '好的'));
    if (i % 5 === 3) out.push(message(i, 12, 30, '小刚', '哈哈'));
  }
  for (let i = 16; i <= 40; i++) out.push(message(i, 9, 0, '阿强', '大家好'), message(i, 21, 0, '阿强', '[图片]'));
  out.push(message(60, 10, 0, '老王', '有人吗'), message(61, 10, 0, '老王', '新年快乐'));
  const head = ['消息记录（此消息记录为文本格式，不支持重新导入）', '', '='.repeat(64), '消息分组:我的QQ群', '='.repeat(64),
    '消息对象:QQ 粉丝群', '='.repeat(64), ''];
  return [...head, ...out.sort((a, b) => a.at - b.at).flatMap((m) => m.lines)];
}
const MESSAGES = 20 * 6 + 10 + 5 + 4 + 25 * 2 + 2;

const everyone = {
  search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash: false,
  tiers: [], stages: [], flags: [],
};

/** Waits until the element has stopped moving (an opening panel, say). */
async function settled(page, selector) {
  let last = '';
  await until(async () => {
    const box = JSON.stringify(await page.locator(selector).first().boundingBox());
    const still = box === last && box !== 'null';
    last = box;
    return still;
  }, { interval: 150, what: `${selector} to stop moving` });
}

/** Hovers the tier chart's bar for tier (the tooltip names it), then clicks it. */
async function clickTierBar(page, index, label) {
  const canvas = page.locator(`${tid('health-chart-tiers')} canvas`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  // Five bands right of the y-axis labels (about 20 px): the bar's foot, above the axis labels.
  const x = box.x + 24 + ((index + 0.5) * (box.width - 32)) / 5;
  const y = box.y + box.height - 40;
  await page.mouse.move(x, y);
  await page.locator('div', { hasText: new RegExp(`^${label}:`) }).last().waitFor({ state: 'visible', timeout: T.short });
  await page.mouse.click(x, y);
}

export default {
  name: 'import a chat export, see tiers and why, export the tier chart',
  timeout: 60_000,
  async run(t) {
    const en = (key, params) => t.i18n.t('en', key, params);
    const { page } = await t.open();
    await setLanguageByBinding(page, 'en');
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: 'QQ Fans', platform: 'qq' }));

    // Import through the Activity screen, the file chosen in the native dialog.
    const path = writeChat(t.dir, 'QQ 粉丝群.txt', chat());
    await openActivity(page);
    answerDialog(t, 'open', path);
    await page.locator(tid('activity-choose')).click();
    await waitText(page, 'activity-count-events', String(MESSAGES), { timeout: T.normal });
    await waitText(page, 'activity-format', en('ui.activity.format.qq_txt'));
    await waitText(page, 'activity-count-new', '5');
    await selectOption(page, 'activity-group', 'QQ Fans');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', String(MESSAGES));
    await waitText(page, 'activity-report-new_members', '5');

    // What the backend placed each member in, to hold the screens to.
    const rows = await call(page, 'MembersAPI.List', { filter: everyone, sort: 'tier', desc: false, offset: 0, limit: 50 });
    const of = Object.fromEntries(rows.map((r) => [r.nickname, r]));
    assert.deepEqual(Object.keys(of).sort(), Object.keys(SENDERS).sort(), 'every sender is a member');
    assert.equal(of['大明'].standing.tier, 'core', JSON.stringify(of['大明'].standing));
    assert.equal(of['老王'].standing.tier, 'dormant', JSON.stringify(of['老王'].standing));

    // The member list: every member's tier in its column, and a filter by tier.
    await page.locator(tid('activity-to-members')).click();
    await page.waitForSelector(tid('members-table'), { state: 'visible', timeout: T.normal });
    for (const r of rows) {
      await page.waitForFunction(({ sel, want }) => document.querySelector(sel)?.textContent.trim() === want,
        { sel: `${tid(`members-row-${r.id}`)} [data-tier]`, want: en(`ui.tiers.tier.${r.standing.tier}`) }, { timeout: T.short });
    }
    await page.locator(tid('members-filters-toggle')).click();
    await settled(page, tid('members-filter-tiers')); // the panel opens with an animation
    await selectOption(page, 'members-filter-tiers', en('ui.tiers.tier.dormant'));
    await page.keyboard.press('Escape');
    await waitRows(page, rows.filter((r) => r.standing.tier === 'dormant').map((r) => r.id));
    await page.locator(`${tid('members-chip-tiers')} .n-tag__close`).click();

    // A member's drawer says why: the tier and stage rules, R, F and M.
    const ming = of['大明'];
    await page.locator(tid(`members-row-${ming.id}`)).click();
    await page.waitForSelector(tid('member-standing'), { state: 'visible', timeout: T.short });
    await waitText(page, 'member-tier', en('ui.tiers.tier.core'));
    await waitText(page, 'member-tier-rule', ming.standing.tierRule);
    await waitText(page, 'member-stage-rule', ming.standing.stageRule);
    assert.match(ming.standing.tierRule, /\d/, `the rule names its numbers: ${ming.standing.tierRule}`);
    for (const k of ['r', 'f', 'm']) {
      await waitText(page, `member-rfm-${k}`, new RegExp(`${ming.standing[k]}/5`));
    }
    await waitText(page, 'member-rfm-f', new RegExp(en('ui.tiers.rfm.f_hint', { Count: ming.standing.frequency })));
    await page.waitForSelector(`${tid('member-timeline-chart')} canvas`, { state: 'visible', timeout: T.normal });
    await page.locator(tid('member-timeline-chart')).scrollIntoViewIfNeeded();
    await shoot(t, page, '43-drawer');

    // The drawer's activity chart as a PNG file too, on the drawer's colour.
    const activity = await saveChart(page, t, 'en', 'member-timeline-chart', join(t.dir, '大明 activity.png'));
    const width = await canvasWidth(page, 'member-timeline-chart');
    assert.ok(Math.abs(activity.width - 2 * width) <= 2 && activity.height >= 2 * 150 - 2,
      `pixel ratio 2: ${activity.width} × ${activity.height} for a ${width} px wide chart`);
    assert.equal(activity.topLeft[3], 255, 'an opaque background');
    assert.ok(luminance(`rgb(${activity.topLeft.slice(0, 3).join(',')})`) > 0.85, `light: ${activity.topLeft}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // Health of the group over the last 30 days: the tiers as the list has them.
    await page.locator(tid('nav-health')).click();
    await page.waitForSelector(tid('health-kpis'), { state: 'visible', timeout: T.normal });
    await selectOption(page, 'health-group', 'QQ Fans');
    await page.locator(tid('health-preset-30')).click();
    await waitText(page, 'health-kpi-members-value', '5', { timeout: T.normal });
    const health = await call(page, 'ActivityAPI.Health', group.id, ...(await page.evaluate(() => {
      const s = document.querySelector('[data-testid="health-subtitle"]').textContent;
      return s.match(/\d{4}-\d\d-\d\d/g);
    })));
    const count = (tier) => rows.filter((r) => r.standing.tier === tier).length;
    assert.deepEqual(health.tiers, Object.fromEntries(Object.keys(health.tiers).map((k) => [k, count(k)])), 'the same tiers');
    assert.equal(Object.values(health.tiers).reduce((a, b) => a + b, 0), 5, 'every member in a tier');
    assert.equal(health.tiers.core, 1);
    await waitText(page, 'health-kpi-speakers-value', String(health.speakers));
    await page.waitForSelector(`${tid('health-chart-tiers')} canvas`, { state: 'visible', timeout: T.normal });

    // The tier chart as a PNG file.
    const png = await saveChart(page, t, 'en', 'health-chart-tiers', join(t.dir, 'tiers.png'));
    assert.ok(png.width > 0 && png.height > 0, JSON.stringify(png));
    assert.equal(png.topLeft[3], 255, 'an opaque background');
    await shoot(t, page, '43-health');

    // The core bar leads to the group's core members.
    await clickTierBar(page, 0, en('ui.tiers.tier.core'));
    await page.waitForSelector(tid('members-table'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'members-chip-tiers', en('ui.tiers.chip.tiers', { Values: en('ui.tiers.tier.core') }));
    await page.waitForSelector(tid('members-chip-group'), { state: 'visible', timeout: T.short });
    await waitRows(page, [ming.id]);
  },
};
