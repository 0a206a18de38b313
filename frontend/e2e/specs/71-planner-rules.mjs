// Rules and moderation (in Chinese): a group's starter rules are the seeds'
// four; a violation logged for a member proposes the first rung (a warning)
// with the message to paste, copied; the next one proposes a one-hour mute;
// both are in the log. An edited ladder starts with a ten-minute mute for
// the next member.
import assert from 'node:assert/strict';
import { tid, call, until, waitText } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { seedMembers } from '../lib/members.mjs';
import { readClipboard } from '../lib/clipboard.mjs';
import { chooseViolation, openPlanner, openRules } from '../lib/planner.mjs';

export default {
  name: 'planner rules: log violations up the ladder, copy the message, edit the ladder',
  timeout: 45_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉一群' }));
    const [spam, quiet] = await seedMembers(page, [{ nickname: '刷屏哥', platformId: 'dy1' }, { nickname: '小静', platformId: 'dy2' }]);
    for (const m of [spam, quiet]) {
      await call(page, 'MembersAPI.SetMembership', m.id, { groupId: group.id, role: 'member', status: 'joined' });
    }

    await openPlanner(page);
    await openRules(page, tr('ui.planner.tab.rules'));
    const starters = ['no_ads', 'no_spam', 'no_attacks', 'no_sensitive'].map((k) => tr(`ui.planner.rules.starter.${k}`));
    await until(async () => (await page.locator(`${tid('rules-text')}`).inputValue()) === starters.join('\n'), { what: 'the starter rules' });

    const rule = tr('ui.planner.rules.starter.no_ads');
    await chooseViolation(page, '刷屏哥', rule);
    await waitText(page, 'violation-proposal', tr('ui.planner.rules.proposal', { Before: 0, Step: 1, Action: tr('ui.planner.action.warning') }));
    await page.locator(tid('violation-what')).fill('发了代购链接');
    await page.locator(tid('violation-log')).click();
    const warning = tr('ui.planner.moderation.message.warning', { Name: '刷屏哥', Rule: rule });
    await waitText(page, 'violation-message', warning);
    await page.locator(tid('violation-copy')).click();
    await until(async () => (await readClipboard(page)) === warning, { what: 'the warning on the clipboard' });
    // The next one for the same member: a one-hour mute.
    await waitText(page, 'violation-proposal', tr('ui.planner.rules.proposal', { Before: 1, Step: 2, Action: tr('ui.planner.action.mute_for', { Minutes: 60 }) }));
    await page.locator(tid('violation-log')).click();
    await waitText(page, 'violation-message', tr('ui.planner.moderation.message.mute', { Name: '刷屏哥', Rule: rule, Length: tr('ui.planner.moderation.hours', { Count: 1 }) }));
    const log = await call(page, 'PlannerAPI.Violations', group.id, spam.id);
    assert.deepEqual(log.map((v) => [v.action, v.minutes, v.what]), [['mute', 60, ''], ['warning', 0, '发了代购链接']]);
    await page.locator(`${tid('violation-log-table')} td`, { hasText: '发了代购链接' }).waitFor();

    // The ladder edited: its first rung a ten-minute mute, for the next member.
    await call(page, 'PlannerAPI.SaveLadder', group.id, [{ action: 'mute', minutes: 10 }, { action: 'removal', minutes: 0 }]);
    const p = await call(page, 'PlannerAPI.Propose', group.id, quiet.id, rule);
    assert.equal(p.action, 'mute');
    assert.equal(p.minutes, 10);
    assert.ok(p.message.includes(tr('ui.planner.moderation.minutes', { Count: 10 })), p.message);
  },
};
