// A CSV with Chinese headers, dropped on the window: the columns are guessed,
// the bad row is named with its row number and a localized reason, the
// import is refused until "only the good rows" is ticked, and the duplicate
// and group choices are applied.
import assert from 'node:assert/strict';
import { tid, call, selectOption, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { K } from '../lib/keys.mjs';
import { dropFile, literally, memberCount, openImport, selectedLabel, shoot, waitCounts, writeCsv } from '../lib/imports.mjs';

export default {
  name: 'import a CSV file with a bad row',
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉群' }));
    await call(page, 'MembersAPI.Create', { nickname: '小红', remark: '', platform: 'douyin', platformId: 'dy101',
      followSince: '', fanLevel: 0, ironFan: false, source: 'manual', tags: [], notes: '' });
    const path = writeCsv(t.dir, '粉丝名单.csv', [
      '用户昵称,抖音号,关注天数,粉丝团等级,是否铁粉',
      '小红,dy101,30,5,是',
      '小明,dy102,12,abc,否',
      '小刚,dy103,100,12,否',
    ], { bom: true });

    await openImport(page);
    await dropFile(page, path);
    await waitCounts(page, { total: 3, valid: 2, invalid: 1 });
    await waitText(page, 'import-file', '粉丝名单.csv');
    await waitText(page, 'import-encoding', tr('ui.import.encoding.utf_8_bom'));
    await waitText(page, 'import-count-matches', '1');

    const guessed = { nickname: 'A · 用户昵称', platformId: 'B · 抖音号', daysFollowed: 'C · 关注天数',
      fanLevel: 'D · 粉丝团等级', ironFan: 'E · 是否铁粉' };
    for (const [field, label] of Object.entries(guessed)) {
      assert.equal(await selectedLabel(page, `import-map-${field}`), label, `import-map-${field} is pre-filled`);
    }
    assert.equal(await selectedLabel(page, 'import-platform'), tr(K.platform('douyin')(t.i18n)), 'platform guessed from 抖音号');

    const bad = tid('import-problem-3');
    await waitText(page, 'import-problem-3', literally(tr('ui.import.row', { Row: 3 })));
    const reason = await page.locator(bad).innerText();
    assert.ok(reason.includes(tr('err.member.number', { Value: 'abc' })), `row 3 says why: ${reason}`);
    assert.ok(reason.includes(tr('ui.import.field.fan_level')), `row 3 names the field: ${reason}`);
    assert.equal(await page.locator(`${tid('import-problems')} [data-testid^="import-problem-"]`).count(), 1);
    await waitText(page, 'import-matches', literally(tr('ui.import.matches', { Count: 1 })));
    await shoot(t, page, '30-import-file-preview');

    // Refused while a row is bad: nothing stored.
    await page.locator(tid('import-dup-skip')).click();
    await selectOption(page, 'import-group', '铁粉群');
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-failed'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-failed-reason', literally(tr('err.import.invalid_rows', { Count: 1 })));
    await page.waitForSelector(tid('import-problem-3'), { state: 'visible' });
    assert.equal(await memberCount(page), 1, 'the refused import stored nothing');
    await shoot(t, page, '30-import-file-refused');

    // Accepted with only the good rows; the known member is skipped, both join the group.
    await page.locator(tid('import-back')).click();
    await page.locator(tid('import-skip-invalid')).click();
    assert.equal(await page.locator(`${tid('import-dup-skip')} input`).isChecked(), true, 'the duplicate choice is kept');
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-summary'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-added', '1');
    await waitText(page, 'import-summary-skipped', '1');
    await waitText(page, 'import-summary-invalid', '1');
    assert.equal(await memberCount(page), 2);
    const [g] = (await call(page, 'GroupsAPI.List', false)).filter((x) => x.id === group.id);
    assert.equal(g.members, 2, 'everyone imported joined the group');

    const history = await call(page, 'ImportsAPI.History');
    assert.equal(history.length, 1);
    assert.equal(history[0].fileName, '粉丝名单.csv');
    assert.deepEqual(history[0].problems.map((p) => p.row), [3]);
    await page.locator(tid(`import-history-problems-${history[0].id}`)).click();
    await page.waitForSelector(`${tid(`import-history-list-${history[0].id}`)} ${tid('import-problem-3')}`,
      { state: 'visible', timeout: T.short });
    await shoot(t, page, '30-import-file-done');
  },
};
