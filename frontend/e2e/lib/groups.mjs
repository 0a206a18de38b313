// Group-form helpers shared by the specs.
import { tid, fill, selectOption, T } from './ui.mjs';
import { K } from './keys.mjs';

/** Opens the new-group form from the groups screen. */
export async function openNewGroupForm(page) {
  await page.waitForSelector(tid('groups-view'), { state: 'visible', timeout: T.normal });
  const empty = page.locator(tid('groups-empty-new'));
  if (await empty.isVisible()) await empty.click();
  else await page.locator(tid('groups-new')).click();
  await page.waitForSelector(tid('group-form'), { state: 'visible', timeout: T.short });
}

/** Clicks the capacity choice with this label inside the group-capacity radio group. */
export async function chooseCapacity(page, label) {
  const group = page.locator(tid('group-capacity'));
  await group.waitFor({ state: 'visible', timeout: T.short });
  const radio = group.locator('label, .n-radio, .n-radio-button', { hasText: String(label) }).first();
  await radio.click();
}

/** Fills the form: name, platform and purpose by their labels in lang, capacity preset. */
export async function fillGroupForm(page, i18n, lang, { name, platform = 'douyin', purpose = 'core', capacity = 500 }) {
  if (name !== undefined) await fill(page, 'group-name', name);
  if (platform) await selectOption(page, 'group-platform', i18n.t(lang, K.platform(platform)(i18n)));
  if (purpose) await selectOption(page, 'group-purpose', i18n.t(lang, K.purpose(purpose)(i18n)));
  if (capacity) await chooseCapacity(page, capacity);
}

export const groupInput = (over = {}) => ({
  name: 'g', platform: 'douyin', purpose: 'core', customPurpose: '', capacity: 500,
  minDaysFollowed: 0, minFanLevel: 0, ironFansOnly: false, joinCode: '', announcement: '', rules: '',
  ...over,
});

/** Row text of the groups table (all rows). */
export async function tableText(page) {
  const tbl = page.locator(tid('groups-table'));
  await tbl.waitFor({ state: 'visible', timeout: T.short });
  return tbl.innerText();
}
