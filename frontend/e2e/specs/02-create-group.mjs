// A group is created through the form and survives a reload (checked in the
// page and in the real backend).
import assert from 'node:assert/strict';
import { tid, call, reload, T } from '../lib/ui.mjs';
import { openNewGroupForm, fillGroupForm, tableText } from '../lib/groups.mjs';
import { K } from '../lib/keys.mjs';

export default {
  name: 'create a group through the form',
  async run(t) {
    const { page } = await t.open();
    const lang = 'zh-CN';
    await page.waitForSelector(tid('groups-empty'), { state: 'visible', timeout: T.normal });
    assert.deepEqual(await call(page, 'GroupsAPI.List', false), [], 'a fresh database has no groups');

    await openNewGroupForm(page);
    const name = '铁粉一群 e2e';
    await fillGroupForm(page, t.i18n, lang, { name, platform: 'douyin', purpose: 'core', capacity: 500 });
    await page.locator(tid('group-save')).click();
    await page.waitForSelector(tid('group-form'), { state: 'hidden', timeout: T.short });

    await page.waitForSelector(`${tid('groups-table')} >> text=${name}`, { timeout: T.short });
    const rowText = await tableText(page);
    assert.ok(rowText.includes(name));
    for (const label of [t.i18n.t(lang, K.platform('douyin')(t.i18n)), t.i18n.t(lang, K.purpose('core')(t.i18n)), '500']) {
      assert.ok(rowText.includes(label), `groups-table row shows "${label}": ${rowText}`);
    }
    assert.equal(await page.locator(tid('groups-empty')).count(), 0, 'empty state gone');

    const list = await call(page, 'GroupsAPI.List', false);
    assert.equal(list.length, 1, `backend has one group: ${JSON.stringify(list)}`);
    assert.equal(list[0].name, name);
    assert.equal(list[0].platform, 'douyin');
    assert.equal(list[0].purpose, 'core');
    assert.equal(list[0].capacity, 500);
    assert.equal(list[0].archived, false);

    await reload(page);
    await page.waitForSelector(`${tid('groups-table')} >> text=${name}`, { timeout: T.normal });
    const row = page.locator(tid(`group-edit-${list[0].id}`));
    assert.equal(await row.count(), 1, `group-edit-${list[0].id} is shown after reload`);

    // members / capacity, and the warning once the group is full
    assert.equal((await page.locator(tid(`group-fill-${list[0].id}`)).innerText()).trim(), '0 / 500');
    await call(page, 'GroupsAPI.Update', list[0].id, { ...list[0], capacity: 1 });
    const m = await call(page, 'MembersAPI.Create', { nickname: '张三', remark: '', platform: 'douyin', platformId: '',
      followSince: '', fanLevel: 0, ironFan: false, source: 'manual', tags: [], notes: '' });
    await call(page, 'MembersAPI.SetMembership', m.id, { groupId: list[0].id, groupName: '', role: 'member', status: 'joined', joinedAt: '', leftAt: '' });
    await reload(page);
    const fill = page.locator(tid(`group-fill-${list[0].id}`));
    await fill.waitFor({ timeout: T.normal });
    const full = t.i18n.t(lang, 'ui.groups.full');
    assert.equal((await fill.innerText()).trim(), `1 / 1 · ${full}`, 'a full group says so');
  },
};
