// Clicking a column header sorts by it (ascending, descending, back to newest
// first); the column chooser hides a column and the choice survives a reload.
import assert from 'node:assert/strict';
import { tid, reload, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, waitRows } from '../lib/members.mjs';

export default {
  name: 'members: sort by a column, choose columns',
  async run(t) {
    const { page } = await t.open();
    const [b, a, c] = await seedMembers(page, [
      { nickname: '波波', fanLevel: 5 }, { nickname: '阿明', fanLevel: 12 }, { nickname: '陈晨', fanLevel: 1 },
    ]);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [c.id, a.id, b.id]);

    const level = page.locator(tid('members-sort-fanLevel'));
    await level.click();
    await waitRows(page, [c.id, b.id, a.id]);
    assert.equal(await page.locator('[role="columnheader"][aria-sort="ascending"]').count(), 1);
    await level.click();
    await waitRows(page, [a.id, b.id, c.id]);
    await level.click();
    await waitRows(page, [c.id, a.id, b.id]);

    // Nickname sorts in pinyin order: a(阿) b(波) c(陈).
    await page.locator(tid('members-sort-nickname')).click();
    await waitRows(page, [a.id, b.id, c.id]);

    await page.locator(tid('members-columns')).click();
    await page.locator(tid('members-column-remark')).click();
    await page.waitForSelector(tid('members-sort-remark'), { state: 'detached', timeout: T.short });
    await page.keyboard.press('Escape');
    await reload(page);
    await openMembers(page);
    assert.equal(await page.locator(tid('members-sort-remark')).count(), 0, 'the remark column stays hidden');
    assert.equal(await page.locator(tid('members-sort-fanLevel')).count(), 1);
  },
};
