// Two fans named 王伟 with their own Douyin ids stay two members; a 王伟
// without an id is not guessed: the import asks who it is, and stores it as
// chosen. The merge suggestions offer the two 王伟 with the reason in words,
// and a merge can be undone.
import assert from 'node:assert/strict';
import { tid, call, until, waitText, T } from '../lib/ui.mjs';
import { dropFile, memberCount, openImport, shoot, waitCounts, writeCsv } from '../lib/imports.mjs';
import { openMembers, search, waitRows } from '../lib/members.mjs';

export default {
  name: 'import: namesakes stay apart, ambiguous rows are chosen, merge suggestion with reason and undo',
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const fans = writeCsv(t.dir, '抖音粉丝.csv', ['用户昵称,抖音号', '王伟,dy001', '王伟,dy002', '王伟🌸,dy003']);

    await openImport(page);
    await dropFile(page, fans);
    await waitCounts(page, { total: 3, valid: 3, invalid: 0 });
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-summary'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-added', '3');
    await waitText(page, 'import-summary-updated', '0');
    const [first, second] = [await call(page, 'MembersAPI.Get', 1), await call(page, 'MembersAPI.Get', 2)];
    assert.deepEqual([first.nickname, first.platformId, second.nickname, second.platformId], ['王伟', 'dy001', '王伟', 'dy002']);

    // A 王伟 without an id: two members have the name, so the row waits for a choice.
    await page.locator(tid('import-again')).click();
    const noID = writeCsv(t.dir, '备注.csv', ['用户昵称,抖音号,备注', '王伟,,老粉']);
    await dropFile(page, noID);
    await waitCounts(page, { total: 1, valid: 1, invalid: 0 });
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-ambiguous-2'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-ambiguous', '1');
    await waitText(page, 'import-ambiguous-2', /dy001[\s\S]*dy002/);
    assert.equal(await memberCount(page), 3, 'the ambiguous row stored nothing');
    await shoot(t, page, '31-import-namesakes-choose');
    await page.locator(tid('import-choose-2-2')).click();
    await page.locator(tid('import-apply-choices')).click();
    await until(async () => (await call(page, 'MembersAPI.Get', 2)).remark === '老粉', { what: 'the chosen 王伟 updated', timeout: T.normal });
    await waitText(page, 'import-summary-updated', '1');
    assert.equal((await call(page, 'MembersAPI.Get', 1)).remark, '', 'the other 王伟 untouched');
    assert.equal(await memberCount(page), 3);

    // Both are in the list; the suggestions name why they look alike.
    await openMembers(page);
    await search(page, '王伟');
    await waitRows(page, [3, 2, 1]);
    await page.locator(tid('members-duplicates')).click();
    const pair = page.locator(tid('merge-1-2'));
    await pair.waitFor({ state: 'visible', timeout: T.normal });
    assert.ok((await pair.innerText()).includes(tr('ui.merge.reason.same_name', { Value: '王伟' })), 'same-name reason shown');
    const flower = page.locator(tid('merge-1-3'));
    await flower.waitFor({ state: 'visible', timeout: T.short });
    assert.ok((await flower.innerText()).includes(tr('ui.merge.reason.only_decoration', { Value: '王伟 / 王伟🌸' })),
      'emoji reason shown');
    await shoot(t, page, '31-import-namesakes-merge');

    // Merging is the user's call, and it can be undone.
    await pair.locator(tid('merge-keep-1')).click();
    await pair.waitFor({ state: 'detached', timeout: T.short });
    await until(async () => (await memberCount(page)) === 2, { what: 'merged' });
    await page.locator(tid('undo')).click();
    await until(async () => (await memberCount(page)) === 3, { what: 'merge undone' });
    const back = await call(page, 'MembersAPI.Get', 2);
    assert.deepEqual([back.platformId, back.remark], ['dy002', '老粉'], 'the second 王伟 is back as it was');
  },
};
