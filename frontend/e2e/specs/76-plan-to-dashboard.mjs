// From the plan to the dashboard (in Chinese): a group with two members
// starts with an empty "plan and moderation" card (0 planned, 0 today, 0
// violations); in the Planner the weekly SOP is applied to it from a day in
// the dashboard's last 30 days through the template dialog, and the card
// counts the SOP items that fall in the period (worked out here from the
// template) and those on today; one item is then dragged in the week
// calendar onto today, which changes those counts, and a violation is
// logged for a member; back on the Dashboard the card counts the items in
// the period, those due today, the violation, and shows the 7-2-1 mix.
//
// Today may be any weekday. The SOP puts items on Monday, Wednesday, Friday
// and Sunday, for four weeks from its start day. On a Wednesday, Friday or
// Sunday the start is 28 days back, so the four weeks end yesterday and
// nothing lands on today; this week's Monday vote is dragged onto today
// (today goes from 0 to 1). On a Tuesday, Thursday or Saturday the start is
// 21 days back, so the four weeks run to this Sunday (never on today); the
// week's last item, still ahead, is dragged onto today and so comes into
// the period (the period's count and today's go up by one). On a Monday the
// start is 20 days back (a Tuesday), so the four weeks run to this Sunday
// too: the Monday vote is on today and the week's last item, still ahead, is
// dragged onto today beside it (the period's count goes up by one, today's
// from 1 to 2). Whatever the weekday, the drag changes what the card counts.
import assert from 'node:assert/strict';
import { tid, call, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { seedMembers } from '../lib/members.mjs';
import { literally } from '../lib/imports.mjs';
import {
  addDays, applyTemplate, chooseViolation, dragItem, monday, mondayIndex, openPlanner, openRules, weeklySop,
} from '../lib/planner.mjs';

const PERIOD_DAYS = 30; // the dashboard preset clicked
const WEEKS = 4; // the template dialog's default
const TARGETS = { useful: 0.7, emotional: 0.2, marketing: 0.1 };

/** The dashboard's share text, formatted as the app does (i18n/format.ts). */
const percent = (share) => new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The plan worked out by hand for a day: where the SOP starts, which item
 *  moves onto today (at 12:00), and what the card then counts. */
export function planFor(today) {
  const from = addDays(today, -(PERIOD_DAYS - 1));
  const back = { 0: 20, 2: 28, 4: 28, 6: 28 }[mondayIndex(today)] ?? 21;
  const start = addDays(today, -back);
  assert.ok(start >= from && start <= today, `the start ${start} is in the period ${from}…${today}`);
  const sop = weeklySop(start, WEEKS);
  const week = monday(today);
  const thisWeek = sop.filter((it) => it.day >= week && it.day <= addDays(week, 6));
  const mover = thisWeek.filter((it) => it.day > today).at(-1) // still ahead: the topmost of its day
    ?? thisWeek.find((it) => it.day < today); // earlier this week
  assert.ok(mover, `an SOP item this week (${week}) off today to move: ${JSON.stringify(sop.map((it) => it.start))}`);
  const moveTo = `${today}T12:00`;
  assert.ok(!sop.some((it) => it.start === moveTo), `nothing of the SOP at ${moveTo} already`);
  const tally = (items) => ({
    items: items.filter((it) => it.day >= from && it.day <= today).length,
    today: items.filter((it) => it.day === today).length,
  });
  const before = tally(sop);
  const after = sop.map((it) => (it === mover ? { ...it, day: today, start: moveTo } : it));
  const inPeriod = after.filter((it) => it.day >= from && it.day <= today);
  const count = (c) => inPeriod.filter((it) => it.category === c).length;
  const want = tally(after);
  assert.equal(want.today, before.today + 1, `the drag on ${today} puts one more item on today`);
  assert.equal(want.items, before.items + (mover.day > today ? 1 : 0), `the drag on ${today} brings a later item into the period`);
  return { from, start, sop, week, thisWeek, mover, moveTo, before, want, count };
}

async function openDashboard(page) {
  await page.locator(tid('nav-dashboard')).click();
  await page.waitForSelector(tid('dashboard-plan'), { state: 'visible', timeout: T.normal });
}

export default {
  name: 'plan to dashboard: apply the SOP, drag an item onto today, log a violation, the card counts them',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();

    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '计划看板群' }));
    const members = await seedMembers(page, [{ nickname: '刷屏哥', platformId: 'dy1' }, { nickname: '小静', platformId: 'dy2' }]);
    for (const m of members) {
      await call(page, 'MembersAPI.SetMembership', m.id, { groupId: group.id, role: 'member', status: 'joined' });
    }
    const today = await call(page, 'PlannerAPI.TodayDate');

    const { from, start, sop, week, thisWeek, mover, moveTo, before, want, count } = planFor(today);
    t.log(`today ${today} (weekday ${mondayIndex(today)}), SOP from ${start}: move ${mover.kind} ${mover.start} → ${moveTo}; `
      + `${before.items} → ${want.items} in ${from}…${today}, ${before.today} → ${want.today} today`);

    // The dashboard for the group and the last 30 days: nothing planned, nothing logged.
    await openDashboard(page);
    await selectOption(page, 'dashboard-group', '计划看板群');
    await page.locator(tid(`dashboard-preset-${PERIOD_DAYS}`)).click();
    await waitText(page, 'dashboard-subtitle', zh('ui.dashboard.subtitle', { Group: '计划看板群', From: from, To: today }), { timeout: T.normal });
    await waitText(page, 'dashboard-plan-items', '0', { timeout: T.normal });
    await waitText(page, 'dashboard-plan-today', '0');
    await waitText(page, 'dashboard-plan-violations', '0');
    await waitText(page, 'dashboard-plan-none', zh('ui.dashboard.plan.none'));
    // No chat export yet: the activity KPIs judge nothing, and nobody is called silent.
    for (const key of ['messages', 'reach', 'participation', 'silent']) {
      assert.equal(await page.locator(tid(`dashboard-kpi-${key}`)).getAttribute('data-status'), 'info', key);
    }
    await waitText(page, 'dashboard-kpi-silent-note', zh('ui.dashboard.note.no_records'));
    assert.equal(await page.locator(tid('health-silent-alert')).count(), 0, 'no care message before any chat export');

    // The weekly SOP, through the template dialog, from a day in the period.
    await openPlanner(page);
    await waitText(page, 'planner-period', zh('ui.planner.period.week', { From: week, To: addDays(week, 6) }));
    await applyTemplate(page, { group: '计划看板群', start });
    await page.locator('.n-message', { hasText: zh('ui.planner.apply.done', { Count: sop.length }) }).first().waitFor({ timeout: T.normal });
    // The backend made what the template says (the dialog's start and weeks taken).
    const made = await call(page, 'PlannerAPI.Range', from, addDays(today, 14), group.id);
    assert.deepEqual(made.map((it) => [it.start, it.kind]).sort(), sop.map((it) => [it.start, it.kind]).sort(),
      'the SOP items, as worked out');
    // The card, before the drag: the SOP as applied.
    await openDashboard(page);
    await waitText(page, 'dashboard-subtitle', zh('ui.dashboard.subtitle', { Group: '计划看板群', From: from, To: today }));
    await waitText(page, 'dashboard-plan-items', String(before.items), { timeout: T.normal });
    await waitText(page, 'dashboard-plan-today', String(before.today));
    await openPlanner(page);
    const items = page.locator('[data-testid^="planner-item-"]');
    await until(async () => (await items.count()) === thisWeek.length, { what: `${thisWeek.length} SOP items in this week` });

    // One item dragged onto today at 12:00: the counts move.
    const id = made.find((it) => it.start === mover.start && it.kind === mover.kind).id;
    await dragItem(page, id, today, 12);
    await page.waitForSelector(`${tid(`planner-col-${today}`)} ${tid(`planner-item-${id}`)}`, { state: 'attached', timeout: T.short });
    await until(async () => (await call(page, 'PlannerAPI.Range', today, addDays(today, 1), group.id))
      .some((it) => it.id === id && it.start === moveTo), { what: `the ${mover.kind} stored on ${moveTo}` });
    // Due today, in the planner's Today panel.
    await page.waitForSelector(tid(`planner-due-${id}`), { state: 'visible', timeout: T.short });
    assert.equal(await page.locator(`${tid('planner-today')} article[data-testid^="planner-due-"]`).count(), want.today,
      `${want.today} due today`);

    // A violation logged for 刷屏哥 (the first rung: a warning).
    await openRules(page, zh('ui.planner.tab.rules'));
    const rule = zh('ui.planner.rules.starter.no_ads');
    await chooseViolation(page, '刷屏哥', rule);
    await page.locator(tid('violation-what')).fill('发了代购链接');
    await page.locator(tid('violation-log')).click();
    await waitText(page, 'violation-message', zh('ui.planner.moderation.message.warning', { Name: '刷屏哥', Rule: rule }));
    await page.locator(`${tid('violation-log-table')} td`, { hasText: '发了代购链接' }).waitFor({ timeout: T.short });

    // Back on the dashboard (it reloads on the way in): the card has moved.
    await openDashboard(page);
    await waitText(page, 'dashboard-subtitle', zh('ui.dashboard.subtitle', { Group: '计划看板群', From: from, To: today }));
    await waitText(page, 'dashboard-plan-items', String(want.items), { timeout: T.normal });
    await waitText(page, 'dashboard-plan-today', String(want.today));
    await waitText(page, 'dashboard-plan-violations', '1');
    assert.equal(await page.locator(tid('dashboard-plan-none')).count(), 0, 'something is planned');
    for (const c of ['useful', 'emotional', 'marketing']) {
      const share = zh('ui.dashboard.plan.share', { Share: percent(count(c) / want.items), Target: percent(TARGETS[c]), Count: count(c) });
      await waitText(page, `dashboard-plan-mix-${c}`, literally(share));
    }
    assert.equal(count('marketing'), 0);
    assert.equal(await page.locator(tid('dashboard-plan-warn')).count(), 0, 'no marketing warning at 0 %');
  },
};
