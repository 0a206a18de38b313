// The language chosen in Settings sticks across a reload and a backend restart.
import assert from 'node:assert/strict';
import { tid, call, reload, openApp, selectOption, waitText, T } from '../lib/ui.mjs';
import { K } from '../lib/keys.mjs';

export default {
  name: 'language switch sticks after reload and restart',
  async run(t) {
    const { i18n } = t;
    const app = await t.startApp();
    const page = await t.newPage(app);
    const navGroups = K.navGroups(i18n);
    await waitText(page, 'nav-groups', i18n.t('zh-CN', navGroups));

    await page.locator(tid('nav-settings')).click();
    await page.waitForSelector(tid('settings-view'), { state: 'visible', timeout: T.short });
    const languages = await call(page, 'ShellAPI.Languages');
    const english = languages.find((l) => l.code === 'en');
    assert.ok(english, `ShellAPI.Languages has en: ${JSON.stringify(languages)}`);
    await selectOption(page, 'settings-language', english.name);
    await waitText(page, 'nav-groups', i18n.t('en', navGroups));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal((await call(page, 'SettingsAPI.Get')).language, 'en', 'saved in the backend');

    await reload(page);
    await waitText(page, 'nav-groups', i18n.t('en', navGroups));
    await waitText(page, 'nav-settings', i18n.t('en', K.navSettings(i18n)));

    // Restart the backend on the same database.
    const oldPid = app.proc.pid;
    await app.restart();
    assert.notEqual(app.proc.pid, oldPid);
    await reload(page, { timeout: T.normal });
    await waitText(page, 'nav-groups', i18n.t('en', navGroups));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    // A browser with no local state at all (and a Chinese locale) still gets English.
    const fresh = await t.context.browser().newContext({ locale: 'zh-CN' });
    try {
      const p2 = await fresh.newPage();
      await openApp(p2, app.url);
      await waitText(p2, 'nav-groups', i18n.t('en', navGroups));
    } finally {
      await fresh.close();
    }
  },
};
