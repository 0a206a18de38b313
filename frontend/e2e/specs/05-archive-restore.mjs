// Archive a group and restore it from the archived list.
import assert from 'node:assert/strict';
import { tid, call, reload, confirmDialog, until, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';

async function toggleArchived(page) {
  await page.locator(tid('groups-archived-toggle')).click();
}

export default {
  name: 'archive and restore a group',
  async run(t) {
    const { page } = await t.open();
    const keep = await call(page, 'GroupsAPI.Create', groupInput({ name: 'stays active' }));
    const g = await call(page, 'GroupsAPI.Create', groupInput({ name: 'to archive 归档', platform: 'wechat' }));
    await reload(page);
    await page.waitForSelector(tid(`group-archive-${g.id}`), { state: 'visible', timeout: T.normal });

    await page.locator(tid(`group-archive-${g.id}`)).click();
    await confirmDialog(page, { confirmText: t.i18n.t('zh-CN', 'ui.groups.archive') });
    await page.waitForSelector(tid(`group-archive-${g.id}`), { state: 'detached', timeout: T.short });
    await until(async () => (await call(page, 'GroupsAPI.Get', g.id)).archived, { what: 'group archived in the backend' });
    assert.equal(await page.locator(tid(`group-archive-${keep.id}`)).count(), 1, 'the other group stays listed');

    await toggleArchived(page);
    await page.waitForSelector(tid(`group-restore-${g.id}`), { state: 'visible', timeout: T.short });
    assert.equal(await page.locator(tid(`group-archive-${keep.id}`)).count(), 0, 'active groups hidden in the archived list');
    assert.ok((await page.locator(tid('groups-table')).innerText()).includes('to archive 归档'));

    await page.locator(tid(`group-restore-${g.id}`)).click();
    await confirmDialog(page, { confirmText: t.i18n.t('zh-CN', 'ui.groups.restore'), optional: true, timeout: 1500 });
    await page.waitForSelector(tid(`group-restore-${g.id}`), { state: 'detached', timeout: T.short });
    await until(async () => !(await call(page, 'GroupsAPI.Get', g.id)).archived, { what: 'group restored in the backend' });
    assert.deepEqual((await call(page, 'GroupsAPI.List', true)).map((x) => x.id), []);

    await toggleArchived(page);
    await page.waitForSelector(tid(`group-archive-${g.id}`), { state: 'visible', timeout: T.short });
    await reload(page);
    await page.waitForSelector(tid(`group-archive-${g.id}`), { state: 'visible', timeout: T.normal });
  },
};
