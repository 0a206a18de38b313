// Validation errors show under the field, in the active language: an empty
// name (required) and a name already taken on the same platform.
import assert from 'node:assert/strict';
import { tid, call, reload, setLanguageByBinding, waitText, T } from '../lib/ui.mjs';
import { openNewGroupForm, fillGroupForm, groupInput } from '../lib/groups.mjs';
import { K } from '../lib/keys.mjs';

async function expectFieldError(page, want) {
  await page.waitForSelector(tid('field-error-name'), { state: 'visible', timeout: T.short })
    .catch(() => { throw new Error('field-error-name did not appear'); });
  await waitText(page, 'field-error-name', new RegExp(want.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

export default {
  name: 'validation errors are localized (zh-CN, en)',
  async run(t) {
    const { i18n } = t;
    const { page } = await t.open();
    const taken = 'Taken 重名';
    await call(page, 'GroupsAPI.Create', groupInput({ name: taken, platform: 'douyin' }));

    for (const lang of ['zh-CN', 'en']) {
      await setLanguageByBinding(page, lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);

      // 1. Empty name.
      await openNewGroupForm(page);
      await fillGroupForm(page, i18n, lang, { name: '', platform: 'douyin', purpose: 'core', capacity: 200 });
      await page.locator(tid('group-save')).click();
      await expectFieldError(page, i18n.t(lang, K.required(i18n)));
      assert.equal(await page.locator(tid('group-form')).isVisible(), true, 'form stays open');

      // 2. Duplicate name on the same platform (only the backend knows).
      await reload(page);
      await openNewGroupForm(page);
      await fillGroupForm(page, i18n, lang, { name: taken, platform: 'douyin', purpose: 'core', capacity: 200 });
      await page.locator(tid('group-save')).click();
      await expectFieldError(page, i18n.t(lang, K.nameTaken(i18n)));
      assert.equal(await page.locator(tid('group-form')).isVisible(), true, 'form stays open');
      // The other language's text is not shown.
      const other = lang === 'en' ? 'zh-CN' : 'en';
      assert.ok(!(await page.locator(tid('field-error-name')).innerText()).includes(i18n.t(other, K.nameTaken(i18n))));
      await reload(page);
    }
    const list = await call(page, 'GroupsAPI.List', false);
    assert.equal(list.length, 1, `no group was added: ${JSON.stringify(list.map((g) => g.name))}`);
  },
};
