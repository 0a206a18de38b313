// The member drawer: a new member through the form, an edit refused by the
// backend with the error under the field, then fixed and saved; Esc closes it.
import assert from 'node:assert/strict';
import { tid, call, fill, reload, waitText, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, waitRows } from '../lib/members.mjs';

export default {
  name: 'members: drawer edit with a field error, new member',
  async run(t) {
    const { page } = await t.open();
    const [m] = await seedMembers(page, [{ nickname: '旧名字', platformId: 'u1' }]);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [m.id]);

    await page.locator(tid(`members-row-${m.id}`)).click();
    await page.waitForSelector(tid('member-drawer'), { state: 'visible', timeout: T.short });
    assert.equal(await page.locator(tid('member-nickname')).inputValue(), '旧名字');
    await fill(page, 'member-nickname', '新'.repeat(70));
    await page.locator(tid('member-save')).click();
    const tooLong = t.i18n.t('zh-CN', 'err.field.too_long', { Max: 64 });
    await waitText(page, 'field-error-nickname', tooLong);
    assert.equal((await call(page, 'MembersAPI.Get', m.id)).nickname, '旧名字', 'nothing was saved');

    await fill(page, 'member-nickname', '新名字 <b>x</b>');
    await page.waitForSelector(tid('field-error-nickname'), { state: 'detached', timeout: T.short }); // editing clears it
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${tid(`members-row-${m.id}`)} >> text=新名字 <b>x</b>`, { timeout: T.short });
    assert.equal((await call(page, 'MembersAPI.Get', m.id)).nickname, '新名字 <b>x</b>');
    assert.equal(await page.locator(`${tid(`members-row-${m.id}`)} b`).count(), 0, 'a nickname is text, never markup');
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // A new member; the drawer stays open on it, ready for ids and groups.
    await page.locator(tid('members-new')).click();
    await page.waitForSelector(tid('member-drawer'), { state: 'visible', timeout: T.short });
    await fill(page, 'member-nickname', '新朋友');
    await page.locator(tid('member-save')).click();
    await page.waitForSelector(tid('member-identities'), { state: 'visible', timeout: T.short });
    const list = await call(page, 'MembersAPI.List', { filter: { search: '新朋友' }, sort: '', desc: false, offset: 0, limit: 10 });
    assert.equal(list.length, 1);
    await fill(page, 'identity-id', 'wx_friend');
    await page.locator(tid('identity-add')).click();
    await page.waitForSelector(`${tid('member-identities')} >> text=wx_friend`, { timeout: T.short });
    const ids = (await call(page, 'MembersAPI.Get', list[0].id)).identities.map((i) => i.platformId);
    assert.ok(ids.includes('wx_friend'), JSON.stringify(ids));
    await page.keyboard.press('Escape');
    await waitRows(page, [list[0].id, m.id]);
  },
};
