// A year of chat is not refused for one odd line (in Chinese): a WhatsApp
// export with an impossible date on line 3 is previewed with that line listed
// and its reason, imported without it, and the report and the history name it.
// An export where 小美 and 小美🌸 both speak makes them two members.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tid, call, waitText, T } from '../lib/ui.mjs';
import { everyone, shoot } from '../lib/imports.mjs';
import { dropChat, openActivity } from '../lib/activity.mjs';

const testdata = fileURLToPath(new URL('../../../backend/chatlog/testdata/', import.meta.url));

/** The texts of the skipped lines listed on the screen. */
const listed = (page) => page.locator(tid('activity-skipped-line')).allTextContents();

export default {
  name: 'an export with an unreadable line is imported without it, the line listed',
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    await openActivity(page);

    const odd = join(t.dir, 'WhatsApp 聊天.txt');
    copyFileSync(join(testdata, 'whatsapp_odd_line.txt'), odd);
    await dropChat(page, odd);
    await waitText(page, 'activity-count-events', '4', { timeout: T.normal });
    await waitText(page, 'activity-count-unreadable', '1');
    const reason = tr('err.chat.bad_time', { Line: 3 });
    assert.deepEqual((await listed(page)).map((s) => s.trim()), [reason]);
    await shoot(t, page, '46-activity-skipped-preview');

    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '4');
    await waitText(page, 'activity-report-new_members', '3');
    await page.waitForSelector(`${tid('activity-report')} ${tid('activity-skipped')}`, { state: 'visible' });
    assert.deepEqual((await listed(page)).map((s) => s.trim()), [reason]);
    await shoot(t, page, '46-activity-skipped-done');

    const cell = page.locator(tid('activity-history-skipped')).first();
    await waitText(page, 'activity-history-skipped', '1');
    assert.equal(await cell.getAttribute('title'), reason, 'the history names the line');
    const [record] = await call(page, 'ActivityAPI.History');
    assert.equal(record.skipped, 1);
    assert.deepEqual(record.problems.map((p) => [p.line, p.key, p.message]), [[3, 'err.chat.bad_time', reason]]);

    // 小美 and 小美🌸 are two people; 小\u200b美 is 小美; a name of invisible marks only is skipped.
    await page.locator(tid('activity-again')).click();
    await dropChat(page, join(testdata, 'whatsapp_names.txt'));
    await waitText(page, 'activity-count-senders', '5', { timeout: T.normal });
    await waitText(page, 'activity-count-unreadable', '1');
    assert.deepEqual((await listed(page)).map((s) => s.trim()), [tr('err.chat.no_sender', { Line: 7 })]);
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-new_members', '5');
    const rows = await call(page, 'MembersAPI.List', { filter: everyone, sort: '', desc: false, offset: 0, limit: 50 });
    assert.deepEqual(rows.map((m) => m.nickname).filter((n) => n.includes('美')).sort(), ['小美', '小美🌸']);
  },
};
