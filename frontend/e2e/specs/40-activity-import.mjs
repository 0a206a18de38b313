// A WhatsApp export imported as activity (in Chinese): a file that is no chat
// export is refused with a localized reason; the real one is previewed (events,
// skipped system lines, known, new and unsettled senders), the sender two
// members share is settled on the second of them, everyone joins a group, and
// the report and the bindings agree. Importing it again stores nothing new.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, selectOption, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { groupInput } from '../lib/groups.mjs';
import { everyone, literally, memberCount, selectedLabel, shoot } from '../lib/imports.mjs';
import { seedMembers } from '../lib/members.mjs';
import { dropChat, openActivity, writeChat } from '../lib/activity.mjs';

const CHAT = [
  '12.03.2023, 14:05 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
  '12.03.2023, 14:05 - 小红 created group "粉丝群"',
  '12.03.2023, 14:06 - 小红: 大家好',
  '12.03.2023, 14:07 - 阿明: 第一行',
  '第二行',
  '',
  '第四行',
  '12.03.2023, 14:08 - 小刚: <Media omitted>',
  '13.03.2023, 09:00 - 小红: 签到',
  '13.03.2023, 09:01 - 阿明: 好的',
  '13.03.2023, 09:02 - 小红: 晚安',
];

async function waitPreview(page, { events, skipped, senders, known, fresh, unsettled }) {
  await waitText(page, 'activity-count-events', String(events), { timeout: T.normal });
  await waitText(page, 'activity-count-skipped', String(skipped));
  await waitText(page, 'activity-count-senders', String(senders));
  await waitText(page, 'activity-count-known', String(known));
  await waitText(page, 'activity-count-new', String(fresh));
  await waitText(page, 'activity-count-unsettled', String(unsettled));
}

export default {
  name: 'import a WhatsApp chat as activity',
  timeout: 45_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '粉丝群', platform: 'whatsapp' }));
    const [red1, red2] = await seedMembers(page, [
      { nickname: '小红', remark: '老粉', platform: 'whatsapp' },
      { nickname: '小红', remark: '新粉', platform: 'whatsapp' },
      { nickname: '小刚', platform: 'whatsapp' },
    ]);

    await waitText(page, 'nav-activity', tr('ui.nav.activity'));
    await openActivity(page);
    await page.waitForSelector(tid('activity-guide'), { state: 'visible' });
    await waitText(page, 'activity-history', literally(tr('ui.activity.history_empty')));

    // Not a chat export, chosen through the native dialog: refused, localized.
    const notes = join(t.dir, '购物清单.txt');
    writeFileSync(notes, '购物清单\n牛奶\n鸡蛋\n', 'utf8');
    answerDialog(t, 'open', notes);
    await page.locator(tid('activity-choose')).click();
    await waitText(page, 'activity-error', literally(tr('err.chat.unknown_format')), { timeout: T.normal });
    await shoot(t, page, '40-activity-unknown');

    // The real export, dropped on the window.
    const chat = writeChat(t.dir, 'WhatsApp 与粉丝群的聊天.txt', CHAT);
    await dropChat(page, chat);
    await waitPreview(page, { events: 6, skipped: 2, senders: 3, known: 1, fresh: 1, unsettled: 1 });
    await waitText(page, 'activity-file', 'WhatsApp 与粉丝群的聊天.txt');
    await waitText(page, 'activity-format', tr('ui.activity.format.whatsapp'));
    await waitText(page, 'activity-range', /2023/);
    assert.equal(await page.locator(tid('activity-error')).count(), 0, 'the old error is gone');
    await waitText(page, 'activity-top-0', /小红\s*3/);

    const label = (m) => [m.nickname, m.remark, tr('ui.activity.member_no', { ID: m.id })].join(' · ');
    assert.equal(await selectedLabel(page, 'activity-choice-0'), label(red1), 'the first candidate by default');
    await selectOption(page, 'activity-choice-0', label(red2));
    assert.equal(await selectedLabel(page, 'activity-choice-0'), label(red2));
    await selectOption(page, 'activity-group', '粉丝群');
    await shoot(t, page, '40-activity-preview');

    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '6');
    await waitText(page, 'activity-report-duplicates', '0');
    await waitText(page, 'activity-report-members', '3');
    await waitText(page, 'activity-report-new_members', '1');
    await waitText(page, 'activity-history', /WhatsApp 与粉丝群的聊天\.txt/);
    await shoot(t, page, '40-activity-done');

    // Through the real bindings: 阿明 was added, the chosen 小红 (not the other) joined the group.
    assert.equal(await memberCount(page), 4, 'one new member');
    assert.equal(await call(page, 'MembersAPI.Count', { ...everyone, groupId: group.id }), 3, 'every sender joined the group');
    const inGroup = async (m) => (await call(page, 'MembersAPI.Get', m.id)).groups.some((g) => g.groupId === group.id);
    assert.equal(await inGroup(red2), true, 'the chosen 小红 got the messages');
    assert.equal(await inGroup(red1), false, 'the other 小红 was left alone');

    // Again: the choice is offered again, and every message is a duplicate.
    await page.locator(tid('activity-again')).click();
    await dropChat(page, chat);
    await waitPreview(page, { events: 6, skipped: 2, senders: 3, known: 2, fresh: 0, unsettled: 1 });
    assert.equal(await selectedLabel(page, 'activity-choice-0'), label(red2), 'the earlier choice is kept');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '0');
    await waitText(page, 'activity-report-duplicates', '6');
    await waitText(page, 'activity-report-new_members', '0');
    await waitText(page, 'activity-all-known', tr('ui.activity.all_known'));
    assert.equal(await memberCount(page), 4, 'still four members');
    assert.equal(await inGroup(red1), false, 'still only the chosen 小红 in the group');

    const history = await call(page, 'ActivityAPI.History');
    assert.deepEqual(history.map((h) => [h.fileName, h.format, h.events, h.duplicates, h.newMembers]), [
      ['WhatsApp 与粉丝群的聊天.txt', 'whatsapp', 0, 6, 0],
      ['WhatsApp 与粉丝群的聊天.txt', 'whatsapp', 6, 0, 1],
    ]);
    await shoot(t, page, '40-activity-again');
  },
};
