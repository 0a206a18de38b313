// A backup made in Settings can be restored: data added after it is gone and
// a prerestore safety backup is listed.
import assert from 'node:assert/strict';
import { tid, call, reload, confirmDialog, until, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';

const rowsOf = (page) => page.locator(`${tid('backups-table')} .n-data-table-tbody .n-data-table-tr`);

export default {
  name: 'create a backup and restore it',
  async run(t) {
    const { page } = await t.open();
    const before = await call(page, 'GroupsAPI.Create', groupInput({ name: 'before backup' }));

    await page.locator(tid('nav-settings')).click();
    await page.waitForSelector(tid('backups-table'), { state: 'visible', timeout: T.normal });
    const listed0 = await call(page, 'BackupsAPI.List');
    const rows0 = await rowsOf(page).count();

    await page.locator(tid('backup-create')).click();
    const manual = await until(async () => (await call(page, 'BackupsAPI.List')).find((b) => b.kind === 'manual'),
      { what: 'a manual backup in BackupsAPI.List' });
    await page.waitForSelector(`${tid('backups-table')} >> text=${manual.name}`, { timeout: T.short })
      .catch(() => { throw new Error(`backups-table does not list ${manual.name}`); });
    // The daily backup may land at any moment (housekeeping, after the page loads): it is
    // left out of the counts, and the table must list what the API lists.
    const notDaily = (list) => list.filter((b) => b.kind !== 'daily');
    await until(async () => (await rowsOf(page).count()) === (await call(page, 'BackupsAPI.List')).length,
      { what: `backups-table (${rows0} rows before) to list every backup` });
    assert.equal(notDaily(await call(page, 'BackupsAPI.List')).length, notDaily(listed0).length + 1);

    const after = await call(page, 'GroupsAPI.Create', groupInput({ name: 'after backup', platform: 'qq' }));
    assert.equal((await call(page, 'GroupsAPI.List', false)).length, 2);

    await page.locator(tid(`backup-restore-${manual.name}`)).click();
    await confirmDialog(page, { confirmText: t.i18n.t('zh-CN', 'ui.backups.restore') });
    // The app then announces the restore, naming the safety backup.
    const announced = page.locator('.n-dialog', { hasText: manual.name }).last();
    await announced.waitFor({ state: 'visible', timeout: T.normal })
      .catch(() => { throw new Error('no dialog announced the restore'); });
    const safety = await until(async () => (await call(page, 'BackupsAPI.List')).find((b) => b.kind === 'prerestore'),
      { timeout: T.normal, what: 'a prerestore backup' });
    assert.ok((await announced.innerText()).includes(safety.name), `the restore dialog names the safety backup ${safety.name}`);
    await confirmDialog(page);
    const names = (await call(page, 'GroupsAPI.List', false)).map((g) => g.name);
    assert.deepEqual(names, [before.name], `only the group from before the backup remains: ${JSON.stringify(names)}`);
    await page.waitForSelector(`${tid('backups-table')} >> text=${safety.name}`, { timeout: T.short })
      .catch(() => { throw new Error(`backups-table does not list the prerestore backup ${safety.name}`); });

    // The groups screen shows the restored data.
    await reload(page);
    await page.locator(tid('nav-groups')).click();
    await page.waitForSelector(tid(`group-edit-${before.id}`), { state: 'visible', timeout: T.normal });
    assert.equal(await page.locator(tid(`group-edit-${after.id}`)).count(), 0, 'the group made after the backup is gone');
    assert.ok(!(await page.locator(tid('groups-table')).innerText()).includes('after backup'));
  },
};
