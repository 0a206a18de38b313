// Alerts lead to action (in Chinese): a group made with two rules in the
// group form; a WhatsApp export holding 全网第一 (an act-now ad-law word) and
// 退款 (a negative word) comes in through the Activity screen. On the
// Keyword watch screen the 全网第一 hit is logged as a violation in one step:
// the dialog names the sender, guesses the rule on ads from the hit's
// category and takes the message as the note; saving shows the message to
// paste, marks the hit handled and links it to the violation. The 退款 hit is
// marked reminded; a full rescan keeps both states. The planner's Rules tab
// shows the group form's rules as its list, and the member's log holds the
// violation marked as from a keyword hit; undoing it sets the hit pending.
import assert from 'node:assert/strict';
import { tid, call, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { shoot } from '../lib/imports.mjs';
import { dropChat, openActivity, writeChat } from '../lib/activity.mjs';
import { openPlanner, openRules } from '../lib/planner.mjs';

const CHAT = [
  '01.05.2024, 10:00 - 小红: 这款是全网第一的面霜',
  '01.05.2024, 11:00 - 小红: 大家好',
  '02.05.2024, 09:00 - 小刚: 我要退款！',
];

const row = (page, word) => page.locator(`${tid('hit-row')}[data-word="${word}"]`);

async function waitState(page, word, state) {
  await page.waitForFunction(({ word, state }) =>
    document.querySelector(`[data-testid="hit-row"][data-word="${word}"]`)?.getAttribute('data-state') === state,
  { word, state }, { timeout: T.normal }).catch(async () => {
    throw new Error(`hit ${word}: want ${state}, got ${await row(page, word).getAttribute('data-state')}`);
  });
}

const allHits = (page) => call(page, 'KeywordsAPI.Hits', { groupId: 0, category: '', severity: 0, wordId: 0,
  memberId: 0, state: '', from: '', to: '', limit: 50, offset: 0 });

export default {
  name: 'alerts: a keyword hit logged as a violation, linked both ways, its state kept by rescans',
  timeout: 60_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '粉丝群', platform: 'whatsapp',
      rules: '不刷屏\n不发广告' }));

    await openActivity(page);
    await dropChat(page, writeChat(t.dir, 'WhatsApp 粉丝群.txt', CHAT));
    await waitText(page, 'activity-count-events', '3', { timeout: T.normal });
    await selectOption(page, 'activity-group', '粉丝群');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });

    await page.locator(tid('nav-keywords')).click();
    await page.waitForSelector(tid('keywords-view'), { state: 'visible', timeout: T.normal });
    await row(page, '全网第一').waitFor({ timeout: T.normal });
    await waitState(page, '全网第一', 'pending');

    // Logged as a violation in one step.
    await row(page, '全网第一').locator(tid('hit-log-violation')).click();
    const dialog = page.locator(tid('hit-violation-dialog'));
    await dialog.waitFor({ state: 'visible', timeout: T.short });
    assert.match(await page.locator(tid('hit-violation-member')).innerText(), /小红/);
    await until(async () => (await page.locator(tid('hit-violation-rule')).innerText()).includes('不发广告'),
      { what: 'the rule on ads chosen from the hit category' });
    assert.equal(await page.locator(tid('hit-violation-what')).inputValue(), '这款是全网第一的面霜');
    await waitText(page, 'hit-violation-proposal', tr('ui.planner.rules.proposal', { Before: 0, Step: 1, Action: tr('ui.planner.action.warning') }));
    await page.locator(tid('hit-violation-save')).click();
    await waitText(page, 'hit-violation-message', tr('ui.planner.moderation.message.warning', { Name: '小红', Rule: '不发广告' }));
    await shoot(t, page, '84-hit-violation-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', timeout: T.short });
    await waitState(page, '全网第一', 'handled');
    const [violation] = await call(page, 'PlannerAPI.Violations', group.id, 0);
    await waitText(page, 'hit-violation-link', tr('ui.alerts.logged_link', { ID: violation.id }));

    // The other hit marked by hand; a full rescan keeps both states.
    await row(page, '退款').locator(`${tid('hit-state')} .n-base-selection`).click();
    await page.locator('.n-base-select-option:visible', { hasText: tr('ui.alerts.state.reminded') }).first().click();
    await waitState(page, '退款', 'reminded');
    await call(page, 'KeywordsAPI.AddWord', { text: '面霜', category: 'custom', severity: 1, note: '' });
    await page.evaluate(() => new Promise((resolve, reject) => {
      window.runtime.EventsOn('keywords:done', resolve);
      window.runtime.EventsOn('keywords:failed', (p) => reject(new Error(JSON.stringify(p))));
      window.go.app.KeywordsAPI.StartScan();
    }));
    const hits = await allHits(page);
    assert.deepEqual(hits.hits.map((h) => [h.word.text, h.state, h.violation]),
      [['退款', 'reminded', 0], ['全网第一', 'handled', violation.id], ['面霜', 'pending', 0]]);
    const hit = hits.hits[1];
    assert.deepEqual([violation.hitEventId, violation.hitWordId, violation.what, violation.rule],
      [hit.eventId, hit.word.id, '这款是全网第一的面霜', '不发广告']);

    // One rule list: the planner shows the group form's rules; the
    // member's log holds the violation, marked as from a keyword hit.
    await openPlanner(page);
    await openRules(page, tr('ui.planner.tab.rules'));
    await until(async () => (await page.locator(tid('rules-text')).inputValue()) === '不刷屏\n不发广告', { what: 'the group form rules' });
    await page.locator(`${tid('violation-member')} .n-base-selection`).click();
    await page.keyboard.type('小红');
    await page.locator('.n-base-select-option:visible', { hasText: '小红' }).first().click();
    const logged = page.locator(`${tid('violation-row')}[data-hit="${hit.eventId}:${hit.word.id}"]`);
    await logged.waitFor({ timeout: T.normal });
    await waitText(page, 'violation-from-hit', tr('ui.alerts.from_hit'));
    assert.match(await logged.innerText(), /这款是全网第一的面霜/);
    await shoot(t, page, '84-member-log');

    // Undone: the hit is pending again.
    await logged.locator(tid('violation-undo')).click();
    await logged.waitFor({ state: 'detached', timeout: T.normal });
    const after = await allHits(page);
    assert.deepEqual(after.hits.map((h) => [h.word.text, h.state, h.violation]),
      [['退款', 'reminded', 0], ['全网第一', 'pending', 0], ['面霜', 'pending', 0]]);
  },
};
