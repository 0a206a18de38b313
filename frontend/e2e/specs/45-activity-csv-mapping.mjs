// A generic activity CSV through its mapping step (in English): the header's
// guess puts the time in a column that holds weekday names, so the preview
// says which line it can't read and nothing can be imported; moving the time
// to the right column reads every row (kinds and tip values included), rows
// without a platform are put on the one chosen, and the import stores what
// the mapping said.
import assert from 'node:assert/strict';
import { tid, call, selectOption, setLanguageByBinding, waitText, T } from '../lib/ui.mjs';
import { everyone, literally, memberCount, shoot } from '../lib/imports.mjs';
import { dropChat, openActivity, writeChat } from '../lib/activity.mjs';

const pad = (n) => String(n).padStart(2, '0');
/** "YYYY-MM-DD HH:MM", daysAgo days before today. */
function stamp(daysAgo, hh, mm) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(hh)}:${pad(mm)}`;
}

const CSV = [
  'nickname,date,logged at,type,amount,message',
  `小红,Monday,${stamp(3, 20, 1)},message,,hello everyone`,
  `阿明,Monday,${stamp(3, 20, 2)},tip,8.8,for the stream`,
  `小红,Tuesday,${stamp(2, 12, 30)},签到,,`,
  `小刚,Tuesday,${stamp(2, 12, 31)},评论,,nice video`,
];

export default {
  name: 'map the columns of a generic activity CSV',
  timeout: 45_000,
  async run(t) {
    const lang = 'en';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    await setLanguageByBinding(page, lang);
    await openActivity(page);
    const file = writeChat(t.dir, 'activity.csv', CSV);
    await dropChat(page, file);

    await page.waitForSelector(tid('activity-mapping'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-format', tr('ui.activity.format.csv'));
    // Guessed: nickname → member, "date" → time (weekday names: unreadable), type, amount, message.
    await waitText(page, 'activity-mapping-error', /2/, { timeout: T.normal });
    await waitText(page, 'activity-nothing', tr('ui.activity.nothing'));
    assert.equal(await page.locator(tid('activity-start')).isDisabled(), true, 'nothing to import yet');
    await shoot(t, page, '45-mapping-unreadable');

    await selectOption(page, 'activity-map-time', 'logged at');
    await waitText(page, 'activity-count-events', '4', { timeout: T.normal });
    assert.equal(await page.locator(tid('activity-mapping-error')).count(), 0, 'the problem is gone');
    await selectOption(page, 'activity-map-platform-default', 'Bilibili');
    await waitText(page, 'activity-count-new', '3', { timeout: T.normal });
    await shoot(t, page, '45-mapping-fixed');

    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '4');
    await waitText(page, 'activity-report-new_members', '3');

    assert.equal(await memberCount(page), 3);
    const rows = await call(page, 'MembersAPI.List', { ...everyone, sort: 'nickname', limit: 10 });
    assert.deepEqual(rows.map((r) => r.platform).sort(), ['bilibili', 'bilibili', 'bilibili'], 'the chosen platform');
    const ming = rows.find((r) => r.nickname === '阿明');
    const tl = await call(page, 'ActivityAPI.Timeline', ming.id);
    assert.deepEqual(tl.recent.map((e) => [e.kind, e.value]), [['tip', 8.8]], 'the tip with its value');
    const red = rows.find((r) => r.nickname === '小红');
    const kinds = (await call(page, 'ActivityAPI.Timeline', red.id)).recent.map((e) => e.kind).sort();
    assert.deepEqual(kinds, ['checkin', 'message'], 'kinds read from Chinese and English');
    await waitText(page, 'activity-history', literally('activity.csv'));
  },
};
