// Export: the whole filtered list to CSV (UTF-8 with BOM, the visible
// columns, the list's order, a comma in a name quoted), the selection to
// XLSX, and a cancelled save dialog that writes nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, reload, until, T } from '../lib/ui.mjs';
import { openMembers, search, seedMembers, waitRows } from '../lib/members.mjs';
import { answerDialog } from '../lib/dialogs.mjs';

async function exportTo(page, t, { format, scope, path }) {
  await page.locator(tid('members-export')).click();
  await page.waitForSelector(tid('export-dialog'), { state: 'visible', timeout: T.short });
  await page.locator(tid(`export-format-${format}`)).click();
  await page.locator(tid(`export-scope-${scope}`)).click();
  if (path) answerDialog(t, 'save', path);
  await page.locator(tid('export-run')).click();
}

export default {
  name: 'members: export to CSV and XLSX',
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    const [a, b, c] = await seedMembers(page, [
      { nickname: '张三, 老粉', platformId: 'dy1', fanLevel: 7 },
      { nickname: '李四', platformId: 'dy2' },
      { nickname: '王五', platform: 'qq', platformId: '10001' },
    ]);
    await reload(page);
    await openMembers(page);
    await waitRows(page, [c.id, b.id, a.id]);

    // Cancelled: nothing written, the dialog stays open for another try.
    await exportTo(page, t, { format: 'csv', scope: 'all' });
    await page.waitForTimeout(300);
    assert.ok(await page.locator(tid('export-dialog')).isVisible(), 'a cancelled save keeps the dialog');
    await page.keyboard.press('Escape');

    // The filtered list (the two Douyin fans found by pinyin) to CSV.
    await search(page, 'zhangsan');
    await waitRows(page, [a.id]);
    await search(page, 'dy');
    await waitRows(page, [b.id, a.id]);
    const csv = join(t.dir, '导出.csv');
    await exportTo(page, t, { format: 'csv', scope: 'all', path: csv });
    await until(() => existsSync(csv), { what: 'CSV written' });
    await page.waitForSelector(`text=${tr('ui.members.export.done', { Count: '2', Path: csv })}`, { timeout: T.short });
    const bytes = readFileSync(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM, for Excel');
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    assert.equal(lines.length, 3, `header and two rows: ${lines.join(' | ')}`);
    assert.ok(lines[0].includes(tr('ui.members.col.nickname')), `localized header: ${lines[0]}`);
    assert.ok(lines[1].startsWith('李四'), `list order kept: ${lines[1]}`);
    assert.ok(lines[2].startsWith('"张三, 老粉"'), `a comma in a name is quoted: ${lines[2]}`);
    assert.ok(!lines.join().includes('王五'), 'members outside the filter are left out');

    // One selected row to XLSX.
    await search(page, '');
    await waitRows(page, [c.id, b.id, a.id]);
    await page.locator(tid(`members-select-${c.id}`)).click();
    const xlsx = join(t.dir, '导出.xlsx');
    await exportTo(page, t, { format: 'xlsx', scope: 'selection', path: xlsx });
    await until(() => existsSync(xlsx), { what: 'XLSX written' });
    await page.waitForSelector(`text=${tr('ui.members.export.done', { Count: '1', Path: xlsx })}`, { timeout: T.short });
    assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), 'PK', 'an XLSX (zip) file');
  },
};
