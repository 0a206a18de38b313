// Points (in Chinese): a group's chat of today imported (小红 three
// messages; 小明 one message and a check-in 签到), the Engagement screen's
// leaderboard recomputed: 小明 6 (1 + 5), 小红 3. A rule set — a message is
// worth 4 — recomputes in the background and the leaderboard follows: 小红
// 12, 小明 9 (4 + 5). The leaderboard copied as text (checked line by line),
// the group's 21-day challenge view (none planned), then 小红's drawer
// shows where the points came from, and a manual +5 undone there.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tid, call, fill, reload, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { importChat, writeChat } from '../lib/activity.mjs';
import { readClipboard } from '../lib/clipboard.mjs';
import { openMembers } from '../lib/members.mjs';

/** A WhatsApp export line on day (YYYY-MM-DD) at hh:mm. */
const line = (day, time, name, text) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}, ${time} - ${name}: ${text}`;

/** The leaderboard's rows as "name points level". */
async function rows(page) {
  return page.$$eval('[data-testid="points-row"]', (trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent.trim()).join(' ')));
}

async function waitRows(page, want) {
  await until(async () => JSON.stringify(await rows(page)) === JSON.stringify(want),
    { what: `leaderboard ${JSON.stringify(want)} (got ${JSON.stringify(await rows(page))})`, timeout: T.normal });
}

export default {
  name: 'points: a rule changes the leaderboard, copied as text; the drawer shows the sources',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '积分群', platform: 'whatsapp' }));
    const today = await call(page, 'PlannerAPI.TodayDate');
    await importChat(page, { path: writeChat(t.dir, 'WhatsApp Chat.txt', [
      line(today, '08:00', '小红', '早上好'), line(today, '08:01', '小明', '签到'), line(today, '08:02', '小红', '今天几点直播'),
      line(today, '08:03', '小明', '晚上八点'), line(today, '08:04', '小红', '好的'),
    ]), groupId: group.id, choices: {} });
    await reload(page);

    // The leaderboard: stale until recomputed.
    await page.locator(tid('nav-engagement')).click();
    await page.waitForSelector(tid('points-panel'), { state: 'visible', timeout: T.normal });
    await page.locator(tid('points-recompute')).click();
    const level = zh('ui.engagement.points.level1.name');
    await waitRows(page, [`小明 6 ${level}`, `小红 3 ${level}`]);
    await page.waitForSelector(tid('points-stale'), { state: 'detached', timeout: T.short });

    // A rule: a message is worth 4. Saving recomputes; the board follows.
    await fill(page, 'points-rule-message', '4');
    await page.locator(tid('points-save-rules')).click();
    await waitRows(page, [`小红 12 ${level}`, `小明 9 ${level}`]);
    assert.equal((await call(page, 'PointsAPI.Rules')).workspace.message, 4, 'the rule was stored');
    await page.screenshot({ path: join(t.repo, 'frontend', 'test-results', '90-points-board.png') });

    // Copied as text to paste into the group.
    await page.locator(tid('points-copy')).click();
    const heading = zh('ui.engagement.points.text.heading', { Period: zh('ui.engagement.points.period.week') });
    const want = [heading, `1. ${zh('ui.engagement.points.text.row', { Name: '小红', Points: 12, Level: level })}`,
      `2. ${zh('ui.engagement.points.text.row', { Name: '小明', Points: 9, Level: level })}`].join('\n');
    await until(async () => (await readClipboard(page)) === want, { what: `the clipboard to hold ${JSON.stringify(want)}`, timeout: T.short });

    // The group's own board, then its 21-day challenge view: none planned yet.
    await selectOption(page, 'points-group', '积分群');
    await waitRows(page, [`小红 12 ${level}`, `小明 9 ${level}`]);
    await page.locator(tid('points-period-challenge')).click();
    await waitText(page, 'points-empty', zh('ui.engagement.points.challenge_none'));

    // 小红's drawer: 12 points from messages, this week, this month and in all.
    const [red] = await call(page, 'MembersAPI.List', { filter: { search: '小红' }, sort: '', desc: false, offset: 0, limit: 10 });
    await call(page, 'PointsAPI.Award', { memberId: red.id, groupId: 0, points: 5, reason: '帮忙答疑' });
    await openMembers(page);
    await page.locator(tid(`members-row-${red.id}`)).click();
    await page.waitForSelector(tid('member-drawer'), { state: 'visible', timeout: T.short });
    await waitText(page, 'member-points-message', new RegExp(`^${zh('ui.engagement.points.source.message')}\\s+12\\s+12\\s+12$`), { timeout: T.normal });
    await waitText(page, 'member-points-total', new RegExp(`^${zh('ui.engagement.points.col_points')}\\s+17\\s+17\\s+17$`));
    // The manual award (+5, 帮忙答疑) undone from the drawer: struck out, and the total back to 12.
    const manual = page.locator(tid('member-points-manual'));
    await manual.getByRole('button', { name: zh('ui.engagement.points.undo') }).click();
    await waitText(page, 'member-points-total', new RegExp(`^${zh('ui.engagement.points.col_points')}\\s+12\\s+12\\s+12$`), { timeout: T.normal });
    await until(async () => (await manual.textContent()).includes(zh('ui.engagement.points.undone_label')), { what: 'the award shown undone', timeout: T.short });
    await waitText(page, 'member-points-level', zh('ui.engagement.points.drawer_level', { Level: level }));
    assert.equal(await page.locator(tid('member-points-checkin')).count(), 0, '小红 did not check in');
  },
};
