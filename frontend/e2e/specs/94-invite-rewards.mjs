// Invitation rewards (in Chinese): 小美 brought three friends into the fan
// group. Two are linked to her through the bindings; the third, 阿杰, gets
// 小美 as inviter in his member drawer (and the change can be undone); in
// 小美's drawer, naming 阿花 (whom she invited) is refused as a cycle. On
// Engagement › Invitation rewards a campaign over this month is created with
// the ladder 邀请 3 人 → 奖品A, 10 人 → 奖品B: 小美 shows 3 invited at the first
// step, 7 short of the next; the list to hand out holds her 奖品A and the
// congratulations copied name her. Marking it given empties the list and
// is stored; undoing brings it back.
import assert from 'node:assert/strict';
import { tid, call, fill, reload, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { openMembers, seedMembers } from '../lib/members.mjs';
import { groupInput } from '../lib/groups.mjs';
import { readClipboard } from '../lib/clipboard.mjs';

export default {
  name: 'rewards: inviter set in the drawer, a reward ladder, progress, a reward marked given',
  timeout: 60_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const g = await call(page, 'GroupsAPI.Create', groupInput({ name: '粉丝群', platform: 'douyin' }));
    const [mei, jie, hua, zhuang] = await seedMembers(page, [
      { nickname: '小美', platformId: 'u1' }, { nickname: '阿杰', platformId: 'u2' },
      { nickname: '阿花', platformId: 'u3' }, { nickname: '大壮', platformId: 'u4' }]);
    for (const m of [jie, hua, zhuang]) {
      await call(page, 'MembersAPI.SetMembership', m.id, { groupId: g.id, groupName: '', role: 'member', status: 'joined', joinedAt: '', leftAt: '' });
    }
    await call(page, 'RewardsAPI.SetInviter', hua.id, mei.id);
    await call(page, 'RewardsAPI.SetInviter', zhuang.id, mei.id);
    const refused = await call(page, 'RewardsAPI.SetInviter', mei.id, hua.id).then(() => null, (e) => e.message);
    assert.match(refused ?? '', /err\.rewards\.cycle/, 'a cycle is refused');

    // The inviter set by hand in the drawer.
    await reload(page);
    await openMembers(page);
    await page.waitForSelector(tid(`members-row-${jie.id}`), { state: 'visible', timeout: T.normal });
    await page.locator(tid(`members-row-${jie.id}`)).click();
    await page.waitForSelector(tid('member-inviter'), { state: 'visible', timeout: T.short });
    await page.waitForSelector(tid('member-inviter-none'), { state: 'visible', timeout: T.short });
    await selectOption(page, 'member-inviter-pick', '小美 · u1');
    await waitText(page, 'member-inviter-source', tr('ui.engagement.rewards.source_hand'));
    assert.equal((await call(page, 'RewardsAPI.MemberInvites', jie.id)).inviter, '小美');
    await page.locator(tid('member-inviter-undo')).waitFor({ state: 'visible', timeout: T.short });
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // 阿花 was invited by 小美: naming 阿花 as 小美's inviter is a cycle, refused in words.
    await page.locator(tid(`members-row-${mei.id}`)).click();
    await page.waitForSelector(tid('member-inviter-none'), { state: 'visible', timeout: T.short });
    await selectOption(page, 'member-inviter-pick', '阿花 · u3');
    await page.locator('.n-message', { hasText: tr('err.rewards.cycle', { Inviter: '阿花', Invitee: '小美' }) })
      .waitFor({ state: 'visible', timeout: T.short });
    assert.equal((await call(page, 'RewardsAPI.MemberInvites', mei.id)).inviterId, 0);
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // A campaign with its ladder.
    await page.locator(tid('nav-engagement')).click();
    await page.waitForSelector(tid('engagement-view'), { state: 'visible', timeout: T.normal });
    await page.locator('.n-tabs-tab', { hasText: tr('ui.engagement.tab_rewards') }).click();
    await page.waitForSelector(tid('rewards-panel'), { state: 'visible', timeout: T.short });
    await page.locator(tid('rewards-campaign-new')).click();
    await page.waitForSelector(tid('rewards-campaign-form'), { state: 'visible', timeout: T.short });
    await fill(page, 'rewards-campaign-name', '五月拉新');
    await fill(page, 'rewards-step-prize-0', '奖品A');
    await fill(page, 'rewards-step-prize-1', '奖品B');
    await page.locator(tid('rewards-campaign-save')).click();
    await page.waitForSelector(tid('rewards-campaign-form'), { state: 'hidden', timeout: T.short });

    // Progress: 3 joined invitees, the first step, 7 short of the next.
    const row = page.locator(tid('rewards-row-小美'));
    await row.waitFor({ state: 'visible', timeout: T.normal });
    assert.equal((await row.locator(tid('rewards-invited')).innerText()).trim(), '3');
    assert.equal((await row.locator(tid('rewards-step')).innerText()).trim(), tr('ui.engagement.rewards.step_line', { Invites: 3, Prize: '奖品A' }));
    assert.match(await row.innerText(), new RegExp(tr('ui.engagement.rewards.next_needs', { Count: 7, Prize: '奖品B' })));
    await waitText(page, 'rewards-handout', tr('ui.engagement.rewards.handout_line', { Name: '小美', Prize: '奖品A', Count: 3 }));
    await page.locator(tid('rewards-handouts-copy')).click();
    await until(async () => (await readClipboard(page)).includes(tr('ui.engagement.rewards.congrats_line', { Name: '小美', Count: 3, Prize: '奖品A' })),
      { what: 'the congratulations on the clipboard' });

    // Marked given, then undone.
    await page.locator(tid('rewards-give-小美-3')).click();
    await page.waitForSelector(tid('rewards-handouts-none'), { state: 'visible', timeout: T.short });
    const [campaign] = await call(page, 'RewardsAPI.Campaigns');
    const given = async () => (await call(page, 'RewardsAPI.Progress', campaign.id)).inviters[0].rewards[0].givenAt;
    assert.ok(await given(), 'the reward is stored as given');
    await page.locator(tid('rewards-give-小美-3')).click();
    await page.waitForSelector(tid('rewards-handout'), { state: 'visible', timeout: T.short });
    assert.equal(await given(), '', 'undone');
    const cli = (await call(page, 'RewardsAPI.Progress', campaign.id)).inviters.map((p) => `${p.nickname}:${p.invited}:${p.step}`);
    assert.deepEqual(cli, ['小美:3:1']);
  },
};
