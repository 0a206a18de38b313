// Two selected rows get a tag in bulk; Undo in the message takes it off again.
// "Select all matching" acts on the whole filtered result.
import assert from 'node:assert/strict';
import { tid, call, reload, until, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, waitRows } from '../lib/members.mjs';

const tagsOf = async (page, id) => (await call(page, 'MembersAPI.Get', id)).tags ?? [];

export default {
  name: 'members: bulk tag two rows, then undo',
  async run(t) {
    const { page } = await t.open();
    const [x, y, z] = await seedMembers(page, ['小一', '小二', '小三']);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [z.id, y.id, x.id]);

    await page.locator(tid(`members-select-${x.id}`)).click();
    await page.locator(tid(`members-select-${y.id}`)).click();
    await page.waitForSelector(tid('members-bulk'), { state: 'visible', timeout: T.short });
    await page.locator(tid('bulk-add-tags')).click();
    const tags = page.locator(tid('bulk-tags'));
    await tags.click();
    await page.keyboard.type('VIP铁粉');
    await page.keyboard.press('Enter');
    await page.locator(tid('bulk-apply')).click();

    await until(async () => (await tagsOf(page, x.id)).includes('VIP铁粉'), { what: 'x tagged' });
    assert.deepEqual(await tagsOf(page, y.id), ['VIP铁粉']);
    assert.deepEqual(await tagsOf(page, z.id), [], 'the unselected row is untouched');
    await page.waitForSelector(`${tid(`members-row-${x.id}`)} >> text=VIP铁粉`, { timeout: T.short });
    assert.equal(await page.locator(tid('members-bulk')).count(), 0, 'the selection is cleared');

    await page.locator(tid('undo')).click();
    await until(async () => (await tagsOf(page, x.id)).length === 0, { what: 'tag undone on x' });
    assert.deepEqual(await tagsOf(page, y.id), []);
    await page.waitForSelector(`${tid(`members-row-${x.id}`)} >> text=VIP铁粉`, { state: 'detached', timeout: T.short });

    // The whole filtered result: search narrows to two, select all matching, tag them.
    await page.locator(tid('members-search')).fill('xiao');
    await waitRows(page, [z.id, y.id, x.id]);
    await page.locator(tid('members-search')).fill('小二');
    await waitRows(page, [y.id]);
    await page.locator(tid('members-select-all')).click();
    await page.locator(tid('bulk-add-tags')).click();
    await page.locator(tid('bulk-tags')).click();
    await page.keyboard.type('批量');
    await page.keyboard.press('Enter');
    await page.locator(tid('bulk-apply')).click();
    await until(async () => (await tagsOf(page, y.id)).includes('批量'), { what: 'matching member tagged' });
    assert.deepEqual(await tagsOf(page, x.id), [], 'members outside the filter are untouched');
  },
};
