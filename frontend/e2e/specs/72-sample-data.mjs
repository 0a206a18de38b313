// "Try with sample data" (in Chinese): offered on the empty groups screen,
// asks first, then fills the database with the demo workspace behind a
// progress bar with Cancel: cancelled, it keeps nothing and is offered
// again; let run, it makes three groups on three platforms, the members, a
// poll, a draw, a planned week, and after that it is offered no more.
import assert from 'node:assert/strict';
import { tid, call, confirmDialog, until, T } from '../lib/ui.mjs';

export default {
  name: 'sample data: one click fills an empty database with the demo workspace',
  timeout: 60_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const start = async () => {
      await page.locator(tid('sample-try')).click();
      await page.locator('.n-dialog', { hasText: tr('ui.sample.try.title') }).waitFor({ timeout: T.short });
      await confirmDialog(page, { confirmText: tr('ui.sample.try.create'), timeout: 30_000 });
    };

    // Cancelled while the bar runs: a message says nothing was kept, and
    // the database is as empty as before.
    await start();
    await page.locator(tid('sample-run-bar')).waitFor({ state: 'visible', timeout: T.short });
    const cancel = page.locator(tid('sample-run-cancel'));
    await until(async () => cancel.isEnabled(), { what: 'Cancel enabled once the job has its id' });
    await cancel.click();
    await page.locator('.n-message', { hasText: tr('ui.sample.run.cancelled') }).first().waitFor({ timeout: T.normal });
    await page.locator(tid('sample-run')).waitFor({ state: 'hidden', timeout: T.short });
    assert.equal(await call(page, 'SampleAPI.CanCreate'), true);
    assert.equal((await call(page, 'GroupsAPI.List', false)).length, 0);
    assert.equal((await call(page, 'PollsAPI.List')).length, 0);

    // Let run: the bar, then the report.
    await start();
    await page.locator(tid('sample-run-bar')).waitFor({ state: 'visible', timeout: T.short });
    await page.locator('.n-message', { hasText: tr('ui.sample.try.done', { Groups: 3, Members: 5000, Events: '' }).split('、')[0] })
      .first().waitFor({ timeout: 30_000 });
    await page.waitForSelector(tid('groups-table'), { state: 'visible', timeout: T.normal });
    const groups = await call(page, 'GroupsAPI.List', false);
    assert.deepEqual(groups.map((g) => g.platform).sort(), ['douyin', 'qq', 'wechat']);
    assert.equal(await call(page, 'SampleAPI.CanCreate'), false);
    assert.equal((await call(page, 'PollsAPI.List')).length, 1);
    const today = await call(page, 'PlannerAPI.TodayDate');
    const week = await call(page, 'PlannerAPI.Week', today, 0);
    assert.ok(week.items.length >= 15, `${week.items.length} items planned this week`);
    await until(async () => (await page.locator(tid('sample-try')).count()) === 0, { what: 'the sample button gone' });
  },
};
