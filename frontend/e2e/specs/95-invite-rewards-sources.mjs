// Invitation rewards from the other two sources (in Chinese). A member file
// with a 邀请人 column: the column is guessed, a row naming 阿花 (two members
// have that name) is reported by its line in the preview and refuses the
// import until only the good rows are taken; then 张三 has 小美 as inviter
// (from the import) and the 阿花 row is left out.
// The invitation queue: a batch to the fan group, 王五's draft marked joined
// by the join matching; naming 小美 as the batch's referrer in the rewards
// tab links 王五 to her, and the campaign counts him (张三 never joined).
import assert from 'node:assert/strict';
import { tid, call, selectOption, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { seedMembers } from '../lib/members.mjs';
import { dropFile, literally, openImport, selectedLabel, waitCounts, writeCsv } from '../lib/imports.mjs';

export default {
  name: 'rewards: inviters from an imported 邀请人 column (namesakes reported by line) and from a referred queue batch',
  timeout: 60_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const g = await call(page, 'GroupsAPI.Create', groupInput({ name: '粉丝群', platform: 'douyin' }));
    const [mei] = await seedMembers(page, [{ nickname: '小美', platformId: 'dy001' },
      { nickname: '阿花', platformId: 'dy010' }, { nickname: '阿花', platformId: 'dy011' }]);

    // The 邀请人 column.
    const path = writeCsv(t.dir, '粉丝.csv', ['昵称,抖音号,邀请人', '张三,dy101,dy001', '李四,dy102,阿花']);
    await openImport(page);
    await dropFile(page, path);
    await waitCounts(page, { total: 2, valid: 1, invalid: 1 });
    assert.equal(await selectedLabel(page, 'import-map-inviter'), 'C · 邀请人', 'the 邀请人 column is guessed');
    await waitText(page, 'import-problem-3', literally(tr('ui.import.row', { Row: 3 })));
    const reason = await page.locator(tid('import-problem-3')).innerText();
    assert.ok(reason.includes(tr('err.rewards.inviter_ambiguous', { Name: '阿花', Count: 2 })), `row 3 says why: ${reason}`);
    assert.ok(reason.includes(tr('ui.import.field.inviter')), `row 3 names the column: ${reason}`);
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-failed'), { state: 'visible', timeout: T.normal });
    await page.locator(tid('import-back')).click();
    await page.locator(tid('import-skip-invalid')).click();
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-summary'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-added', '1');
    const find = async (q) => (await call(page, 'MembersAPI.List', { filter: { search: q }, sort: '', desc: false, offset: 0, limit: 5 }))[0];
    const zhang = await find('dy101');
    const zi = await call(page, 'RewardsAPI.MemberInvites', zhang.id);
    assert.deepEqual([zi.inviter, zi.source], ['小美', 'import']);
    assert.equal(await find('dy102'), undefined, 'the row naming 阿花 is left out, like any invalid row');

    // The queue: 王五 joins through a batch 小美 referred.
    const [wang] = await seedMembers(page, [{ nickname: '王五', platformId: 'dy103' }]);
    const tpl = await call(page, 'InvitesAPI.SaveTemplate', 0, { name: '朋友邀请', purpose: 'core', variants: [{ label: 'A', body: '你好 {昵称}' }] });
    const { batch } = await call(page, 'InvitesAPI.CreateBatch', { templateId: tpl.id, name: '小美的朋友',
      selection: { segmentId: 0, filter: null, tiers: [], preset: '', groupId: g.id } });
    const joins = await call(page, 'InvitesAPI.MatchJoins', batch.id, '王五');
    assert.equal(joins.matched, 1);
    const today = new Date();
    const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await call(page, 'RewardsAPI.SaveCampaign', 0, { name: '拉新', groupId: g.id, from: iso(today), to: iso(today),
      steps: [{ invites: 1, prize: '贴纸' }] });

    await page.locator(tid('nav-engagement')).click();
    await page.waitForSelector(tid('engagement-view'), { state: 'visible', timeout: T.normal });
    await page.locator('.n-tabs-tab', { hasText: tr('ui.engagement.tab_rewards') }).click();
    await page.waitForSelector(tid('rewards-referrals'), { state: 'visible', timeout: T.short });
    await page.waitForSelector(tid('rewards-progress'), { state: 'visible', timeout: T.short });
    assert.equal(await page.locator(tid('rewards-row-小美')).count(), 0, '张三 never joined: nothing counted yet');
    await selectOption(page, `rewards-referrer-${batch.id}`, '小美 · dy001');
    const row = page.locator(tid('rewards-row-小美'));
    await row.waitFor({ state: 'visible', timeout: T.normal });
    assert.equal((await row.locator(tid('rewards-invited')).innerText()).trim(), '1');
    const wi = await call(page, 'RewardsAPI.MemberInvites', wang.id);
    assert.deepEqual([wi.inviterId, wi.source], [mei.id, 'queue']);
  },
};
