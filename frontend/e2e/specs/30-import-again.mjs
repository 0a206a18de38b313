// Importing the same file twice (in English): the second preview sees every
// row as a known member and the second import adds nothing.
import assert from 'node:assert/strict';
import { tid, call, reload, waitText, T } from '../lib/ui.mjs';
import { dropFile, literally, memberCount, openImport, shoot, waitCounts, writeCsv } from '../lib/imports.mjs';

export default {
  name: 'import the same file again',
  async run(t) {
    const lang = 'en';
    const { page } = await t.open();
    await call(page, 'SettingsAPI.Update', { language: lang, theme: null, backupKeep: null });
    await reload(page);
    const path = writeCsv(t.dir, 'fans.csv', ['Nickname,Douyin ID,Fan level', 'Mei,dy1,3', 'Jun,dy2,7', 'Lan,dy3,1']);

    await openImport(page);
    await dropFile(page, path);
    await waitCounts(page, { total: 3, valid: 3, invalid: 0 });
    await page.locator(tid('import-start')).click();
    await waitText(page, 'import-summary-added', '3', { timeout: T.normal });
    await page.locator(tid('import-again')).click();

    await dropFile(page, path);
    await waitCounts(page, { total: 3, valid: 3, invalid: 0 });
    await waitText(page, 'import-count-matches', '3');
    await waitText(page, 'import-matches', literally(t.i18n.t(lang, 'ui.import.matches', { Count: 3 })));
    await shoot(t, page, '30-import-again-preview');
    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-summary'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-added', '0');
    await waitText(page, 'import-summary-skipped', '3');
    assert.equal(await memberCount(page), 3, 'still three members');

    const history = await call(page, 'ImportsAPI.History');
    assert.deepEqual(history.map((h) => [h.fileName, h.added]), [['fans.csv', 0], ['fans.csv', 3]]);
    await shoot(t, page, '30-import-again-done');
  },
};
