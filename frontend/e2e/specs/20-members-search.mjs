// The one search box finds members by pinyin initials, full pinyin and
// full-width letters; the total follows the filter.
import assert from 'node:assert/strict';
import { tid, reload, waitText, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, search, waitRows } from '../lib/members.mjs';

export default {
  name: 'members: search by pinyin and full-width letters',
  async run(t) {
    const { page } = await t.open();
    await openMembers(page, { expect: 'members-empty' });
    assert.equal(await page.locator(tid('members-empty-import')).getAttribute('href'), '#import');

    const [zhang, li, abc] = await seedMembers(page, ['张三', '李四', { nickname: 'abc 小号', platformId: 'dy_42' }]);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [abc.id, li.id, zhang.id]); // newest first
    await waitText(page, 'members-total', /3/);

    await search(page, 'zs');
    await waitRows(page, [zhang.id]);
    await waitText(page, 'members-total', /1/);
    await search(page, 'zhangsan');
    await waitRows(page, [zhang.id]);
    await search(page, 'ＡＢＣ');
    await waitRows(page, [abc.id]);
    await search(page, 'DY_42');
    await waitRows(page, [abc.id]);

    // The search is a chip that clears it.
    await page.locator(tid('members-chip-search')).locator('.n-tag__close, .n-base-close').first().click();
    await waitRows(page, [abc.id, li.id, zhang.id]);
    assert.equal(await page.locator(tid('members-search')).inputValue(), '');

    // "/" focuses the search box.
    await page.locator(tid('members-total')).click();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'members-search');
    await page.keyboard.type('ls');
    await waitRows(page, [li.id], { timeout: T.short });
  },
};
