// Pasted names with IDs: the platform is chosen for the whole paste, the
// preview shows both rows as they will be stored, the import adds them, the
// history lists it and the backend counts two members.
import assert from 'node:assert/strict';
import { tid, fill, selectOption, waitText, T } from '../lib/ui.mjs';
import { K } from '../lib/keys.mjs';
import { literally, memberCount, openImport, shoot, waitCounts } from '../lib/imports.mjs';

export default {
  name: 'import pasted names',
  async run(t) {
    const lang = 'zh-CN';
    const { page } = await t.open();
    await openImport(page);
    await page.waitForSelector(tid('import-guide'), { state: 'visible' }); // what files work, with an example
    await shoot(t, page, '30-import-paste-start');

    await fill(page, 'import-paste', '张三,dy001\n李四,dy002\n');
    await page.locator(tid('import-paste-preview')).click();
    // Pasted text names no platform: both rows wait for one.
    await waitCounts(page, { total: 2, valid: 0, invalid: 2 });
    await waitText(page, 'import-problem-1', literally(t.i18n.t(lang, 'err.import.platform_missing')));

    await selectOption(page, 'import-platform', t.i18n.t(lang, K.platform('douyin')(t.i18n)));
    await waitCounts(page, { total: 2, valid: 2, invalid: 0 });
    const rows = await page.locator(tid('import-preview-rows')).innerText();
    for (const s of ['张三', '李四', 'dy001', 'dy002']) assert.ok(rows.includes(s), `preview rows show ${s}: ${rows}`);
    assert.equal(await page.locator(tid('import-problems')).count(), 0, 'no problems left');
    assert.equal(await page.locator(tid('import-skip-invalid')).count(), 0, 'nothing to leave out');

    await page.locator(tid('import-start')).click();
    await page.waitForSelector(tid('import-summary'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'import-summary-added', '2');
    await waitText(page, 'import-summary-updated', '0');
    assert.equal(await page.locator(tid('import-to-members')).getAttribute('href'), '#members');

    const history = page.locator(tid('import-history'));
    await history.locator(`text=${t.i18n.t(lang, 'ui.import.pasted')}`).waitFor({ timeout: T.short });
    assert.match(await history.innerText(), /\b2\b/, 'the history row counts 2 added');
    assert.equal(await memberCount(page), 2, 'MembersAPI.Count: two members stored');
    await shoot(t, page, '30-import-paste-done');
  },
};
