// A hostile CSV (a row of 2,000 cells) dropped on the window is refused at
// once with a localized message naming the row and the far column, and
// nothing is stored; the screen stays ready for another file.
import assert from 'node:assert/strict';
import { tid, waitText, T } from '../lib/ui.mjs';
import { dropFile, literally, memberCount, openImport, shoot, writeCsv } from '../lib/imports.mjs';

export default {
  name: 'refuse a hostile wide CSV',
  async run(t) {
    const lang = 'zh-CN';
    const { page } = await t.open();
    const path = writeCsv(t.dir, '超宽.csv', ['昵称', '小红' + ','.repeat(2000) + 'x']);

    await openImport(page);
    await dropFile(page, path);
    await page.waitForSelector(tid('import-error'), { state: 'visible', timeout: T.normal });
    const want = t.i18n.t(lang, 'err.import.limit.columns', { Row: 2, Column: 'AMK', Max: 1024 });
    await waitText(page, 'import-error', literally(want));
    await page.waitForSelector(tid('import-preview-stop'), { state: 'hidden', timeout: T.short }); // no reading left to stop
    assert.equal(await memberCount(page), 0, 'nothing stored');
    await page.waitForSelector(tid('import-choose'), { state: 'visible' });
    await shoot(t, page, '31-import-hostile');
  },
};
