// A long list stays virtual: only the rows on screen are in the page, the
// scrollbar reaches the last member, and the keyboard walks the rows.
import assert from 'node:assert/strict';
import { tid, reload, waitText, T } from '../lib/ui.mjs';
import { openMembers, rowIds } from '../lib/members.mjs';
import { waitBindings } from '../lib/ui.mjs';

const N = 1500;

export default {
  name: 'members: a long list is virtual, scrolls to the end, arrow keys and Enter',
  timeout: 45_000,
  async run(t) {
    const { page } = await t.open();
    await waitBindings(page);
    await page.evaluate(async (n) => {
      const api = window.go.app.MembersAPI;
      for (let i = 0; i < n; i += 50) {
        await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => api.Create({
          nickname: `粉丝${String(i + j).padStart(4, '0')}`, remark: '', platform: 'douyin', platformId: `dy${i + j}`,
          followSince: '', fanLevel: (i + j) % 30, ironFan: (i + j) % 7 === 0, source: 'comment', tags: [], notes: '',
        })));
      }
    }, N);
    await reload(page);
    await openMembers(page);
    await waitText(page, 'members-total', /1,?500/);
    const rendered = (await rowIds(page)).length;
    assert.ok(rendered > 10 && rendered < 60, `only the visible rows are rendered (${rendered})`);

    await page.locator(tid('members-sort-nickname')).click();
    await page.waitForSelector(`${tid('members-table')} >> text=粉丝0000`, { timeout: T.short });
    await page.locator(tid('members-table')).evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.waitForSelector(`${tid('members-table')} >> text=粉丝1499`, { timeout: T.short });
    assert.ok((await rowIds(page)).length < 60, 'still virtual at the end');

    // Keyboard: focus the table, Home, two rows down, Enter opens the third.
    await page.locator(tid('members-table')).focus();
    await page.keyboard.press('Home');
    await page.waitForSelector(`${tid('members-table')} >> text=粉丝0000`, { timeout: T.short });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector(tid('member-drawer'), { state: 'visible', timeout: T.short });
    assert.equal(await page.locator(tid('member-nickname')).inputValue(), '粉丝0002');
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });
  },
};
