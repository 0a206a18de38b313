// The topic bank and the monthly repeat (in Chinese): a new group's bank
// holds the starter topics; "use next" opens a new item filled with the
// first daily topic at 20:00, saved for the lurkers, which marks the topic
// used and puts the lurkers' rhythm on track while the core tier is warned;
// an item repeating on the last Friday of each month shows in the month
// view on the right days.
import assert from 'node:assert/strict';
import { tid, call, fill, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { addDays, openPlanner } from '../lib/planner.mjs';

/** The last Fridays of the months from day's month on, the first on or after day. */
function lastFridays(day, n) {
  const out = [];
  let [y, m] = day.split('-').map(Number);
  while (out.length < n) {
    const last = new Date(Date.UTC(y, m, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - 5 + 7) % 7));
    const d = last.toISOString().slice(0, 10);
    if (d >= day) out.push(d);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

export default {
  name: 'planner: use the next topic of the bank for an item; a monthly item on the last Friday',
  timeout: 45_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉一群' }));
    const today = await call(page, 'PlannerAPI.TodayDate');
    await openPlanner(page);

    // The bank: each kind with its starters, the first daily topic first.
    await page.locator('.n-tabs-tab', { hasText: tr('ui.rhythms.tab.topics') }).click();
    await page.waitForSelector(tid('topic-kind-topic'), { state: 'visible', timeout: T.normal });
    const first = tr('ui.rhythms.starter.topic.t1');
    await page.locator(tid('topic-kind-idiom_chain'), { hasText: tr('ui.rhythms.starter.idiom_chain.t1') }).waitFor();
    await page.locator(tid('topic-kind-topic'), { hasText: first }).waitFor();

    // "Use next" opens a new item with the topic, today at 20:00.
    await page.locator(tid('topic-use-next-topic')).click();
    await page.waitForSelector(tid('planner-editor'), { state: 'visible', timeout: T.short });
    await until(async () => (await page.locator(`${tid('planner-field-title')}`).inputValue()) === first,
      { what: 'the title filled with the first daily topic' });
    await selectOption(page, 'planner-field-audience', tr('ui.tiers.tier.lurker'));
    await page.locator(tid('planner-editor-save')).click();
    await page.waitForSelector(tid('planner-editor'), { state: 'hidden', timeout: T.short });
    const [item] = (await call(page, 'PlannerAPI.Range', today, addDays(today, 1), 0)).filter((it) => it.title === first);
    assert.ok(item, 'the item stored');
    assert.equal(item.start, `${today}T20:00`);
    assert.equal(item.kind, 'topic');
    assert.equal(item.audienceTier, 'lurker');

    // The week shows the item with its audience; the lurkers are reached
    // this week and the core tier is warned.
    await waitText(page, `planner-audience-${item.id}`, tr('ui.tiers.tier.lurker'), { timeout: T.normal });
    await waitText(page, 'rhythm-status-lurker', tr('ui.rhythms.status.ok'), { timeout: T.normal });
    await waitText(page, 'rhythm-warn-core', tr('ui.rhythms.panel.warn_none', { Tier: tr('ui.tiers.tier.core') }));

    // The topic is marked used in the bank.
    const topics = await call(page, 'PlannerAPI.Topics', item.groupId);
    const used = topics.find((tp) => tp.text === first);
    assert.equal(used.itemId, item.id);
    await page.locator('.n-tabs-tab', { hasText: tr('ui.rhythms.tab.topics') }).click();
    await page.waitForSelector(tid(`topic-used-${used.id}`), { state: 'visible', timeout: T.normal });

    // A monthly item on the last Friday, three times.
    await page.locator('.n-tabs-tab', { hasText: tr('ui.planner.tab.calendar') }).click();
    await page.locator(tid('planner-add')).click();
    await page.waitForSelector(tid('planner-editor'), { state: 'visible', timeout: T.short });
    await fill(page, 'planner-field-title', '月度评选');
    await selectOption(page, 'planner-field-repeat', tr('ui.planner.repeat.monthly'));
    await page.locator(tid('planner-monthly-by-weekday')).click();
    await selectOption(page, 'planner-monthly-nth', tr('ui.rhythms.nth_last'));
    await selectOption(page, 'planner-monthly-weekday', tr('ui.planner.weekday.friday'));
    const count = page.locator(`${tid('planner-field-count')} input`);
    await count.fill('3');
    await count.press('Tab');
    await page.locator(tid('planner-editor-save')).click();
    await page.waitForSelector(tid('planner-editor'), { state: 'hidden', timeout: T.short });

    const want = lastFridays(today, 3);
    const made = (await call(page, 'PlannerAPI.Range', today, '2100-01-01', 0)).filter((it) => it.title === '月度评选');
    assert.deepEqual(made.map((it) => it.start), want.map((d) => `${d}T20:00`));
    assert.ok(made.every((it) => it.series && it.series === made[0].series), 'one series');

    // The month view shows the second one on its day.
    await page.locator(tid('planner-mode-month')).click();
    const months = (d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    for (let i = months(today); i < months(want[1]); i++) await page.locator(tid('planner-next')).click();
    const second = made[1];
    await page.waitForSelector(`${tid(`planner-cell-${want[1]}`)} ${tid(`planner-chip-${second.id}`)}`, { state: 'attached', timeout: T.normal });
  },
};
