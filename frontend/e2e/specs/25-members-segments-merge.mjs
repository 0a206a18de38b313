// A filter saved as a segment comes back with one click; a merge suggestion
// merges two records of one fan, and Undo splits them again.
import assert from 'node:assert/strict';
import { tid, call, fill, reload, until, T } from '../lib/ui.mjs';
import { openMembers, search, seedMembers, waitRows } from '../lib/members.mjs';

export default {
  name: 'members: saved segment, merge suggestion and undo',
  async run(t) {
    const { page } = await t.open();
    const [a, b, c] = await seedMembers(page, [
      { nickname: '小美', platformId: 'dy1', tags: ['老粉'] }, { nickname: '小美', platformId: 'dy2' }, '路人',
    ]);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [c.id, b.id, a.id]);

    await search(page, 'xm');
    await waitRows(page, [b.id, a.id]);
    await page.locator(tid('members-segments')).click();
    await fill(page, 'segment-name', '小美们');
    await page.locator(tid('segment-save')).click();
    const [seg] = await until(async () => { const s = await call(page, 'MembersAPI.Segments'); return s.length ? s : null; },
      { what: 'segment saved' });
    assert.equal(seg.filter.search, 'xm');
    await page.locator(tid('members-clear')).click();
    await waitRows(page, [c.id, b.id, a.id]);
    await page.locator(tid('members-segments')).click();
    await page.locator(tid(`segment-${seg.id}`)).click();
    await waitRows(page, [b.id, a.id]);
    await page.locator(tid('members-clear')).click();
    await waitRows(page, [c.id, b.id, a.id]);

    await page.locator(tid('members-duplicates')).click();
    const pair = page.locator(`[data-testid="merge-${a.id}-${b.id}"], [data-testid="merge-${b.id}-${a.id}"]`);
    await pair.waitFor({ state: 'visible', timeout: T.normal });
    assert.match(await pair.innerText(), /小美/);
    await pair.locator(tid(`merge-keep-${a.id}`)).click();
    await pair.waitFor({ state: 'detached', timeout: T.short });
    await until(async () => (await call(page, 'MembersAPI.Count', { search: '' })) === 2, { what: 'merged in the backend' });
    const merged = await call(page, 'MembersAPI.Get', a.id);
    assert.ok(merged.identities.some((i) => i.platformId === 'dy2'), 'the other id is kept');

    await page.locator(tid('undo')).click();
    await until(async () => (await call(page, 'MembersAPI.Count', { search: '' })) === 3, { what: 'merge undone' });
    await page.keyboard.press('Escape');
    await waitRows(page, [c.id, b.id, a.id]);
  },
};
