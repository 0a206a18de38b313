// A Douyin group chat pasted on the Activity screen (in Chinese): the
// preview shows who wrote what when and the system lines left out with a
// reason; stored into a group, the members get a tier; pasting the same
// messages again stores nothing twice. A paste of an unknown shape is read
// after the name and time are marked on one message.
import assert from 'node:assert/strict';
import { tid, call, selectOption, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { everyone, literally, shoot } from '../lib/imports.mjs';
import { openActivity } from '../lib/activity.mjs';
import { openMembers } from '../lib/members.mjs';

// Copied from the Douyin PC client: `昵称 昨天 20:01` headers, text below.
const CHAT = [
  '糖糖_ 昨天 20:01',
  '签到',
  '柚子皮 昨天 20:01',
  '姐妹们今天的福利链接在哪里呀？',
  '小葵 加入了群聊',
  '糖糖_ 昨天 20:02',
  '置顶了 往上翻',
  '就在群公告里👆',
  '柚子皮 昨天 20:03',
  '@糖糖_ 找到了 谢谢🙏',
  '糖糖_ 昨天 20:05',
  '[红包]恭喜发财，大吉大利',
].join('\n');

async function pasteAndPreview(page, text) {
  await page.locator(tid('activity-paste')).click();
  await page.locator(`${tid('paste-text')} textarea`).fill(text);
  await page.locator(tid('paste-preview')).click();
}

const row = (page, line) => page.locator(`${tid('paste-row')}[data-line="${line}"]`);

export default {
  name: 'paste a Douyin chat as activity',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '抖音粉丝群', platform: 'douyin' }));
    await openActivity(page);

    await pasteAndPreview(page, CHAT);
    await page.waitForSelector(tid('paste-rows'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-count-events', '5');
    await waitText(page, 'activity-count-new', '2');
    await waitText(page, 'activity-format', zh('ui.activity.format.paste'));
    assert.equal(await page.locator(tid('paste-rows')).getAttribute('data-shape'), 'name-time');
    const first = await row(page, 1).innerText();
    assert.match(first, /糖糖_/);
    assert.match(first, /20:01:00/);
    assert.match(first, /签到/);
    assert.match(await row(page, 5).innerText(), literally(zh('ui.paste.skipped', { Reason: zh('ui.paste.skip.join') })));
    assert.match(await row(page, 9).innerText(), /@糖糖_ 找到了 谢谢🙏/);

    await shoot(t, page, '80-paste-preview');
    // Read in the wrong shape? The name and time can be marked by hand here too.
    await page.locator(tid('paste-mark-self')).click();
    assert.equal(await page.locator(tid('paste-sample')).inputValue(), '糖糖_ 昨天 20:01');
    await page.locator(tid('paste-mark-self')).click();
    await page.waitForSelector(tid('paste-mark'), { state: 'detached', timeout: T.short });
    await selectOption(page, 'activity-group', '抖音粉丝群');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '5');
    await waitText(page, 'activity-report-new_members', '2');

    // The members got a tier, on the Members screen too.
    const rows = await call(page, 'MembersAPI.List', { filter: everyone, sort: 'tier', desc: false, offset: 0, limit: 50 });
    assert.deepEqual(rows.map((r) => [r.nickname, r.platform]).sort(), [['柚子皮', 'douyin'], ['糖糖_', 'douyin']]);
    assert.equal(await call(page, 'MembersAPI.Count', { ...everyone, groupId: group.id }), 2, 'both joined the group');
    const tang = rows.find((r) => r.nickname === '糖糖_');
    assert.ok(tang.standing?.tier, JSON.stringify(tang));
    await openMembers(page);
    await waitText(page, `members-row-${tang.id}`, literally(zh(`ui.tiers.tier.${tang.standing.tier}`)),
      { timeout: T.normal });

    // The same messages pasted again: nothing stored twice.
    await openActivity(page);
    await page.locator(tid('activity-again')).click();
    await pasteAndPreview(page, CHAT);
    await page.waitForSelector(tid('paste-rows'), { state: 'visible', timeout: T.normal });
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '0');
    await waitText(page, 'activity-report-duplicates', '5');

    // An unknown shape: mark the name and the time on the sample, then read.
    await page.locator(tid('activity-again')).click();
    await pasteAndPreview(page, '<<阿泽>> @ 20:03 | 一起蹲\n<<小葵>> @ 20:04 | 签到\n');
    await page.waitForSelector(tid('paste-mark'), { state: 'visible', timeout: T.normal });
    const sample = page.locator(tid('paste-sample'));
    assert.equal(await sample.inputValue(), '<<阿泽>> @ 20:03 | 一起蹲');
    const select = (from, to) => sample.evaluate((el, [a, b]) => { el.focus(); el.setSelectionRange(a, b); }, [from, to]);
    await select(2, 4);
    await page.locator(tid('paste-mark-name')).click();
    await select(9, 14);
    await page.locator(tid('paste-mark-time')).click();
    await waitText(page, 'paste-marked-name', /阿泽/);
    await waitText(page, 'paste-marked-time', /20:03/);
    await shoot(t, page, '80-paste-mark');
    await page.locator(tid('paste-mark-apply')).click();
    await page.waitForSelector(tid('paste-rows'), { state: 'visible', timeout: T.normal });
    assert.equal(await page.locator(tid('paste-rows')).getAttribute('data-shape'), 'marked');
    await waitText(page, 'activity-count-events', '2');
    assert.match(await row(page, 2).innerText(), /小葵[\s\S]*20:04:00[\s\S]*签到/);
  },
};
