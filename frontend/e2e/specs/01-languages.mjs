// The shell renders in each language: sidebar labels and <html lang> follow
// the language saved through the real SettingsAPI binding.
import assert from 'node:assert/strict';
import { LANGS } from '../lib/i18n.mjs';
import { tid, text, setLanguageByBinding, waitText } from '../lib/ui.mjs';
import { K } from '../lib/keys.mjs';

export default {
  name: 'shell renders in zh-CN, zh-TW and en',
  async run(t) {
    const { i18n } = t;
    const { page } = await t.open();
    const navGroups = K.navGroups(i18n);
    const navSettings = K.navSettings(i18n);
    // The catalogs must really differ, or this test could not fail.
    assert.notEqual(i18n.t('en', navGroups), i18n.t('zh-CN', navGroups));
    assert.notEqual(i18n.t('zh-TW', navSettings), i18n.t('zh-CN', navSettings), 'zh-TW settings label should be traditional');

    for (const lang of LANGS) {
      await setLanguageByBinding(page, lang);
      await waitText(page, 'nav-groups', i18n.t(lang, navGroups));
      await waitText(page, 'nav-settings', i18n.t(lang, navSettings));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `<html lang> for ${lang}`);
      // The groups screen's title is in the language too.
      await page.waitForSelector(tid('groups-view'), { state: 'visible' });
      const heading = await text(page, 'groups-view');
      assert.ok(heading.includes(i18n.t(lang, K.groupsTitle(i18n))),
        `groups view in ${lang} should show "${i18n.t(lang, K.groupsTitle(i18n))}", got: ${heading.slice(0, 200)}`);
      if (lang === 'en') assert.equal(await text(page, 'nav-groups'), 'Groups');
      if (lang === 'en') assert.match(await text(page, 'nav-settings'), /Settings/);
      if (lang === 'zh-CN') assert.match(await text(page, 'nav-groups'), /群/);
    }
  },
};
