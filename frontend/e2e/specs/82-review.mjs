// The week reviewed (in Chinese): last week planned (a Wednesday Q&A,
// marked done, and a Friday live stream), a WhatsApp export of the group
// imported, then the Review screen for last week: each item with its
// messages after it, the baseline, the lift and its word, worked out here by
// hand; the 7-2-1 mix planned and done; the suggestions worded from the
// numbers; the review copied as text; the lift chart saved as a PNG; and the
// hours after an item, a setting, changed and the lift following it.
//
// Wednesday 20:00 (3 hours): 6 messages by 3 people; the same hours 1 and 2
// weeks before hold 1 message each, 3 and 4 weeks before none: baseline
// 2/4 = 0.5, counted as 1, so the lift is 6.0 (带动了). With 1 hour: 4
// messages against the same baseline: 4.0. Friday 20:00: 1 message against
// 4 + 4 + 0 + 0 = 2.0: lift 0.5 (没反应).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tid, call, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { importChat, writeChat } from '../lib/activity.mjs';
import { readClipboard } from '../lib/clipboard.mjs';
import { saveChart } from '../lib/charts.mjs';
import { addDays, monday } from '../lib/planner.mjs';

/** A WhatsApp export line on day (YYYY-MM-DD) at hh:mm. */
const line = (day, time, name, text) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}, ${time} - ${name}: ${text}`;

function chat(wed, fri) {
  return [
    line(addDays(wed, -14), '20:10', '甲', '在'), line(addDays(fri, -14), '20:01', '甲', 'a'),
    line(addDays(fri, -14), '20:02', '乙', 'b'), line(addDays(fri, -14), '20:03', '丙', 'c'),
    line(addDays(fri, -14), '20:04', '丁', 'd'),
    line(addDays(wed, -7), '20:10', '乙', '在'), line(addDays(fri, -7), '20:01', '甲', 'a'),
    line(addDays(fri, -7), '20:02', '乙', 'b'), line(addDays(fri, -7), '20:03', '丙', 'c'),
    line(addDays(fri, -7), '20:04', '丁', 'd'),
    line(wed, '20:05', '甲', '老师好'), line(wed, '20:10', '乙', '问一个'), line(wed, '20:20', '丙', '我也问'),
    line(wed, '20:40', '甲', '懂了'), line(wed, '21:30', '乙', '谢谢'), line(wed, '22:10', '丙', '晚安'),
    line(fri, '20:30', '甲', '来了'),
  ];
}

async function itemRow(page, id, { messages, lift, word }) {
  const row = tid(`review-item-${id}`);
  await page.locator(`${row} ${tid('review-item-lift')}`, { hasText: `×${lift}` }).waitFor({ timeout: T.normal });
  assert.equal((await page.locator(`${row} ${tid('review-item-messages')}`).textContent()).trim(), String(messages));
  assert.equal((await page.locator(`${row} ${tid('review-item-word')}`).textContent()).trim(), word);
}

export default {
  name: 'review: a week planned, imported and reviewed, the lift shown',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);

    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '复盘群', platform: 'whatsapp' }));
    const today = await call(page, 'PlannerAPI.TodayDate');
    const from = addDays(monday(today), -7);
    const to = addDays(from, 6);
    const [wed, fri] = [addDays(from, 2), addDays(from, 4)];
    const plan = async (kind, title, day) => (await call(page, 'PlannerAPI.Create', { groupId: group.id, kind, title,
      category: '', start: `${day}T20:00`, minutes: 30, ownerId: 0, notes: '', checklist: [], pollId: 0, lotteryId: 0 },
    { freq: '', interval: 0, weekdays: [], count: 0, until: '' }))[0];
    const qa = await plan('live_qa', '答疑', wed);
    const live = await plan('live_stream', '直播', fri);
    await call(page, 'PlannerAPI.SetDone', qa.id, true);
    const report = await importChat(page, { path: writeChat(t.dir, 'WhatsApp Chat.txt', chat(wed, fri)), groupId: group.id, choices: {} });
    t.log(`imported: ${JSON.stringify(report).slice(0, 120)}`);

    // The Review screen, for the group and last week.
    await waitText(page, 'nav-review', zh('ui.nav.review'));
    await page.locator(tid('nav-review')).click();
    await page.waitForSelector(tid('review-view'), { state: 'visible', timeout: T.normal });
    await selectOption(page, 'review-group', '复盘群');
    await page.locator(tid('review-last-week')).click();
    await waitText(page, 'review-subtitle', zh('ui.review.subtitle', { Group: '复盘群', From: from, To: to }), { timeout: T.normal });
    await itemRow(page, qa.id, { messages: 6, lift: '6.0', word: zh('ui.review.word.up') });
    await itemRow(page, live.id, { messages: 1, lift: '0.5', word: zh('ui.review.word.none') });
    await waitText(page, 'review-mix-planned', '1 / 0 / 1');
    await waitText(page, 'review-mix-done', '1 / 0 / 0');
    const day = (d) => zh(`ui.planner.weekday.${d}`);
    await waitText(page, 'review-suggestion-0', zh('ui.review.suggest.keep', { Day: day('wednesday'), Title: '答疑', Lift: '6.0' }));
    await waitText(page, 'review-suggestion-1', zh('ui.review.suggest.change', { Day: day('friday'), Title: '直播', Lift: '0.5' }));
    await waitText(page, 'review-suggestion-2', zh('ui.review.suggest.marketing', { Pct: 50, Max: 15 }));

    // No re-scoring yet: the KOC and slipping-away lists are empty, and say how to fill them.
    await page.locator(`${tid('review-list-koc')} p`, { hasText: zh('ui.review.lists.empty') }).waitFor({ timeout: T.short });
    // A new database: the lists were empty before, so nobody entered or left them, and the screen says so.
    await waitText(page, 'review-changes-koc', zh('ui.review.lists.unchanged'), { timeout: T.short });
    await waitText(page, 'review-changes-slipping', zh('ui.review.lists.unchanged'), { timeout: T.short });

    // Copied as text.
    await page.locator(tid('review-copy')).click();
    const heading = zh('ui.review.text.heading', { Group: '复盘群', From: from, To: to });
    await until(async () => (await readClipboard(page)).startsWith(heading), { what: 'the review text on the clipboard' });
    const text = await readClipboard(page);
    assert.ok(text.includes(`${day('wednesday')} 20:00 答疑：6 条消息 / 3 人（基线 0.5），6.0 倍，${zh('ui.review.word.up')}，已完成`), text);

    // The lift chart saved as a PNG.
    const png = await saveChart(page, t, 'zh-CN', 'review-chart', join(t.dir, '复盘.png'));
    assert.ok(png.width > 100 && png.height > 100, `a real image: ${png.width}×${png.height}`);

    // One hour after each item instead of three: the Q&A's lift follows.
    await page.locator(`${tid('review-settings')} .n-collapse-item__header`).click();
    const hours = page.locator(`${tid('review-settings-hours')} input`);
    await hours.fill('1');
    await hours.blur();
    await page.locator(tid('review-settings-save')).click();
    await page.locator('.n-message', { hasText: zh('ui.review.settings.saved') }).first().waitFor({ timeout: T.normal });
    await itemRow(page, qa.id, { messages: 4, lift: '4.0', word: zh('ui.review.word.up') });
    assert.equal((await call(page, 'ReviewAPI.Settings')).hours, 1);
  },
};
