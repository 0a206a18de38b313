// Dark theme: the header toggle turns the app background dark, it stays dark
// after a reload, and Settings' theme choice turns it light again.
import assert from 'node:assert/strict';
import { tid, call, reload, until, luminance, effectiveBackground, T } from '../lib/ui.mjs';

/** Waits until the colour painted behind selector is dark (or light); reports the last colour. */
async function waitShade(page, selector, shade, { timeout = T.short } = {}) {
  let last = '';
  try {
    await until(async () => {
      last = await effectiveBackground(page, selector);
      const l = luminance(last);
      return shade === 'dark' ? l < 0.2 : l > 0.5;
    }, { timeout, what: `${selector} background to be ${shade}` });
  } catch (e) {
    throw new Error(`${e.message}; last background ${last}`, { cause: e });
  }
}

export default {
  name: 'dark theme applies and persists',
  async run(t) {
    const { i18n } = t;
    const { page } = await t.open();
    // The browser prefers light and nothing is saved yet: light.
    assert.equal((await call(page, 'SettingsAPI.Get')).theme, 'system');
    await waitShade(page, tid('app-shell'), 'light');
    await waitShade(page, 'body', 'light');

    const toggle = page.locator(tid('theme-toggle'));
    await toggle.waitFor({ state: 'visible', timeout: T.short });
    for (let i = 0; i < 3 && (await call(page, 'SettingsAPI.Get')).theme !== 'dark'; i++) {
      const prev = (await call(page, 'SettingsAPI.Get')).theme;
      await toggle.click();
      await until(async () => (await call(page, 'SettingsAPI.Get')).theme !== prev, { what: `theme to change from ${prev}` });
    }
    assert.equal((await call(page, 'SettingsAPI.Get')).theme, 'dark', 'theme-toggle reaches dark');
    await waitShade(page, tid('app-shell'), 'dark');
    await waitShade(page, 'body', 'dark'); // Naive UI's global style fades the body in over 0.3 s

    await reload(page);
    await waitShade(page, tid('app-shell'), 'dark');
    await waitShade(page, 'body', 'dark');

    // Settings' theme control shows and changes the same preference.
    await page.locator(tid('nav-settings')).click();
    const themes = page.locator(tid('settings-theme'));
    await themes.waitFor({ state: 'visible', timeout: T.short });
    await themes.locator('label, .n-radio-button', { hasText: i18n.t('zh-CN', 'ui.theme.light') }).first().click();
    await until(async () => (await call(page, 'SettingsAPI.Get')).theme === 'light', { what: 'theme saved as light' });
    await waitShade(page, tid('app-shell'), 'light');
    await reload(page);
    await waitShade(page, 'body', 'light');
  },
};
