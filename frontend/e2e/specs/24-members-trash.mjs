// Move a member to the trash, find it in the trash view (which explains the
// 30-day rule), and restore it.
import assert from 'node:assert/strict';
import { tid, call, confirmDialog, reload, until, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, waitRows } from '../lib/members.mjs';

export default {
  name: 'members: trash and restore',
  async run(t) {
    const { page } = await t.open();
    const [keep, gone] = await seedMembers(page, ['留下', '删掉']);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [gone.id, keep.id]);

    await page.locator(tid(`members-select-${gone.id}`)).click();
    await page.locator(tid('bulk-trash')).click();
    await confirmDialog(page, { confirmText: t.i18n.t('zh-CN', 'ui.members.bulk.trash') });
    await waitRows(page, [keep.id]);
    assert.ok((await call(page, 'MembersAPI.Get', gone.id)).deletedAt, 'trashed in the backend');

    await page.locator(tid('members-trash-toggle')).click();
    await page.waitForSelector(tid('trash-rule'), { state: 'visible', timeout: T.short });
    assert.match(await page.locator(tid('trash-rule')).innerText(), /30/);
    await waitRows(page, [gone.id]);

    await page.locator(tid(`members-select-${gone.id}`)).click();
    await page.locator(tid('bulk-restore')).click();
    await confirmDialog(page, { confirmText: t.i18n.t('zh-CN', 'ui.trash.restore') });
    await page.waitForSelector(tid('members-no-match'), { state: 'visible', timeout: T.short });
    await until(async () => !(await call(page, 'MembersAPI.Get', gone.id)).deletedAt, { what: 'restored in the backend' });

    await page.locator(tid('members-trash-toggle')).click();
    await waitRows(page, [gone.id, keep.id]);
  },
};
