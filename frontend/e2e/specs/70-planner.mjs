// The planner (in Chinese): the empty groups screen offers the sample data;
// the weekly SOP applied to a group from this week's Monday puts its five
// items in the week with the 7-2-1 gauge; the Monday vote dragged to
// Tuesday 12:00 is stored there and, linked to a poll, opens it; an item due today shows its drafted text,
// copied to the clipboard and marked done; the week copied as text and
// saved as a PNG.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, until, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { groupInput } from '../lib/groups.mjs';
import { readClipboard } from '../lib/clipboard.mjs';
import { addDays, applyTemplate, dragItem, monday, openPlanner } from '../lib/planner.mjs';

export default {
  name: 'planner: apply the weekly SOP, drag an item, mark today done, copy the week',
  timeout: 45_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = await t.open();

    // An empty database: the sample data is offered next to the first group.
    await waitText(page, 'sample-try', tr('ui.sample.try.button'), { timeout: T.normal });
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉一群' }));
    const today = await call(page, 'PlannerAPI.TodayDate');
    const week = monday(today);

    await openPlanner(page);
    await waitText(page, 'planner-period', tr('ui.planner.period.week', { From: week, To: addDays(week, 6) }));
    await waitText(page, 'planner-mix-empty', tr('ui.planner.mix.empty'));

    // The weekly SOP from this Monday, four weeks.
    await applyTemplate(page, {});
    await page.locator('.n-message', { hasText: tr('ui.planner.apply.done', { Count: 20 }) }).waitFor({ timeout: T.normal });
    const items = page.locator('[data-testid^="planner-item-"]');
    await until(async () => (await items.count()) === 5, { what: 'five SOP items in the week' });
    await waitText(page, 'planner-mix-useful', tr('ui.planner.mix.share', { Share: '80', Target: 70, Count: 4 }));
    await waitText(page, 'planner-mix-emotional', tr('ui.planner.mix.share', { Share: '20', Target: 20, Count: 1 }));
    assert.equal(await page.locator(tid('planner-mix-warn')).count(), 0, 'no marketing warning at 0 %');

    // Drag the Monday vote to Tuesday 12:00.
    let w = await call(page, 'PlannerAPI.Week', week, 0);
    const vote = w.items.find((it) => it.kind === 'vote');
    assert.equal(vote.start, `${week}T20:00`);
    assert.equal(vote.title, tr('ui.planner.tpl.sop_vote'));
    const tuesday = addDays(week, 1);
    await dragItem(page, vote.id, tuesday, 12);
    await until(async () => {
      w = await call(page, 'PlannerAPI.Week', week, 0);
      return w.items.find((it) => it.id === vote.id).start === `${tuesday}T12:00`;
    }, { what: 'the vote stored on Tuesday 12:00' });
    await page.waitForSelector(`${tid(`planner-col-${tuesday}`)} ${tid(`planner-item-${vote.id}`)}`, { state: 'attached' });

    // A planned vote linked to a real poll opens it.
    const poll = await call(page, 'PollsAPI.Create', { question: '下期拍什么？', options: ['通勤妆', '护肤'], multiple: false, maxChoices: 0,
      anonymous: false, hideResults: false, deadline: '', groupId: group.id });
    const moved = w.items.find((it) => it.id === vote.id);
    await call(page, 'PlannerAPI.Update', vote.id, { ...moved, pollId: poll.id });
    await page.locator(tid('planner-next')).click();
    await page.locator(tid('planner-prev')).click();
    await page.locator(tid(`planner-item-${vote.id}`)).click();
    await page.locator(tid('planner-open-poll')).click();
    await waitText(page, 'poll-title', '下期拍什么？', { timeout: T.normal });
    await openPlanner(page);

    // Something due today: its drafted text, copied, then marked done.
    const [live] = await call(page, 'PlannerAPI.Create', { groupId: group.id, kind: 'live_qa', title: '护肤答疑', category: '',
      start: `${today}T23:00`, minutes: 30, ownerId: 0, notes: '提前在群里收集问题', checklist: [], pollId: 0, lotteryId: 0 },
      { freq: '', interval: 0, weekdays: [], count: 0, until: '' });
    await page.locator(tid('planner-today-btn')).click();
    const draft = `${tr('ui.planner.draft.live_qa', { Title: '护肤答疑', Time: '23:00', End: '23:30', Minutes: 30 })}\n提前在群里收集问题`;
    await waitText(page, `planner-due-text-${live.id}`, draft, { timeout: T.normal });
    await page.locator(tid(`planner-due-copy-${live.id}`)).click();
    await until(async () => (await readClipboard(page)) === draft, { what: 'the clipboard holds the drafted text' });
    await page.locator(tid(`planner-due-done-${live.id}`)).click();
    await until(async () => {
      const due = await call(page, 'PlannerAPI.Today');
      return due.find((d) => d.item.id === live.id)?.item.doneAt;
    }, { what: 'the item marked done' });

    // The week as text, and as a picture.
    await page.locator(tid('planner-copy-week')).click();
    await until(async () => (await readClipboard(page)).startsWith(tr('ui.planner.export.heading', { From: week, To: addDays(week, 6) })),
      { what: 'the week text on the clipboard' });
    const text = await readClipboard(page);
    assert.ok(text.includes(`12:00–12:15 ${vote.title} · 铁粉一群`), `moved vote in the week text:\n${text}`);
    const png = join(t.dir, 'week.png');
    answerDialog(t, 'save', png);
    await page.locator(tid('planner-save-png')).click();
    await until(() => existsSync(png), { timeout: T.normal, what: 'the week PNG written' });
    await until(() => readFileSync(png).length > 1000, { what: 'a whole PNG' });
    assert.equal(readFileSync(png).subarray(1, 4).toString(), 'PNG');
  },
};
