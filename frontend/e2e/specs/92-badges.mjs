// Badges (in Chinese): a chat imported into a group — 甲 checks in 7 days in
// a row up to today, 乙 only 6, 丙 just says hello — works the badges out
// (and the Engagement screen's badges tab again, a background job): one
// 7-day streak, three first messages. A badge awarded by hand to 乙 with a
// reason shows in the holdings, in the member list's badges column, under
// its filter and in the member's drawer; this week's congratulation is
// copied; the hand badge is taken back.
import assert from 'node:assert/strict';
import { tid, call, fill, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { importChat, writeChat } from '../lib/activity.mjs';
import { readClipboard } from '../lib/clipboard.mjs';
import { openMembers, waitRows } from '../lib/members.mjs';

const pad = (n) => String(n).padStart(2, '0');

/** A WhatsApp (Android) line at 08:mm, daysAgo days before today. */
function line(daysAgo, mm, name, text) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, 08:${pad(mm)} - ${name}: ${text}`;
}

function chat() {
  const out = [];
  for (let i = 6; i >= 0; i--) {
    out.push(line(i, 0, '甲', '打卡'));
    if (i <= 5) out.push(line(i, 1, '乙', '打卡'));
  }
  out.push(line(0, 2, '丙', '大家好'));
  return out;
}

const everyone = {
  search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash: false,
  tiers: [], stages: [], flags: [],
};

export default {
  name: 'badges: worked out, awarded by hand, in the member list, congratulated',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '打卡群', platform: 'whatsapp' }));
    const done = await importChat(page, { path: writeChat(t.dir, 'WhatsApp Chat.txt', chat()), groupId: group.id, choices: {} });
    t.log(`imported: ${JSON.stringify(done).slice(0, 160)}`);
    const rows = await call(page, 'MembersAPI.List', { filter: everyone, sort: 'nickname', desc: false, offset: 0, limit: 10 });
    const id = Object.fromEntries(rows.map((r) => [r.nickname, r.id]));
    assert.ok(id['甲'] && id['乙'] && id['丙'], JSON.stringify(rows));

    // The badges tab: the import worked them out (甲 the streak, everyone a first message); again on demand.
    await page.locator(tid('nav-engagement')).click();
    await page.locator('.n-tabs-tab', { hasText: zh('ui.engagement.tab_badges') }).click();
    await page.waitForSelector(tid('badges-panel'), { state: 'visible', timeout: T.normal });
    const kind = (badge, days) => zh(`ui.engagement.badges.kind.${badge}`, { Days: days });
    const holders = (n) => zh('ui.engagement.badges.holders', { Count: n });
    await waitText(page, 'badges-kind-streak', `${kind('streak', 7)} · ${holders(1)}`, { timeout: T.normal });
    await page.locator(tid('badges-evaluate')).click();
    await page.waitForSelector(`${tid('badges-evaluate')}:not([disabled])`, { timeout: T.normal });
    await waitText(page, 'badges-kind-streak', `${kind('streak', 7)} · ${holders(1)}`);
    await waitText(page, 'badges-kind-first_message', `${kind('first_message')} · ${holders(3)}`);
    await waitText(page, 'badges-kind-streak_long', `${kind('streak_long', 21)} · ${holders(0)}`);
    await page.waitForSelector(tid(`badges-row-${id['甲']}-streak`), { timeout: T.short });

    // Award 特别表扬 to 乙 by hand, with the reason.
    await page.locator(`${tid('badges-award-member')} .n-base-selection`).first().click();
    await page.keyboard.type('乙');
    await page.locator('.n-base-select-option:visible', { hasText: '乙' }).first().click();
    await fill(page, 'badges-award-reason', '每天帮新人答疑');
    await page.locator(tid('badges-award-ok')).click();
    const handRow = tid(`badges-row-${id['乙']}-praised`);
    await page.waitForSelector(handRow, { timeout: T.normal });
    assert.match(await page.locator(handRow).innerText(), /每天帮新人答疑/);
    await waitText(page, 'badges-kind-praised', `${kind('praised')} · ${holders(1)}`);

    // This week's congratulation, copied to paste into the group.
    await page.locator(tid('badges-copy-congrats')).click();
    const copied = await readClipboard(page);
    for (const want of [zh('ui.engagement.badges.congrats.heading'),
      zh('ui.engagement.badges.congrats.line', { Badge: kind('streak', 7), Names: '@甲' }),
      zh('ui.engagement.badges.congrats.line', { Badge: kind('praised'), Names: '@乙' })]) {
      assert.ok(copied.includes(want), `clipboard ${JSON.stringify(copied)} lacks ${JSON.stringify(want)}`);
    }

    // The member list: the badges column, and the filter by badge.
    await openMembers(page);
    await page.locator(tid('members-columns')).click();
    await page.locator(tid('members-column-badges')).click();
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${tid(`members-row-${id['甲']}`)} [data-badge="streak"]`, { timeout: T.short });
    await page.waitForSelector(`${tid(`members-row-${id['乙']}`)} [data-badge="praised"]`, { timeout: T.short });
    await page.locator(tid('members-filters-toggle')).click();
    await page.locator(`${tid('members-filter-badges')} .n-base-selection`).first().click();
    await page.locator('.n-base-select-option:visible', { hasText: kind('praised') }).first().click();
    await page.keyboard.press('Escape');
    await waitRows(page, [id['乙']]);
    await waitText(page, 'members-chip-badges', zh('ui.engagement.badges.chip', { Values: kind('praised') }));

    // 乙's drawer lists the badges with their days; the hand one with its reason.
    await page.locator(tid(`members-row-${id['乙']}`)).click();
    await page.waitForSelector(tid('member-drawer'), { state: 'visible', timeout: T.short });
    const list = page.locator(tid('member-badge-list'));
    await list.locator('[data-badge="praised"]', { hasText: '每天帮新人答疑' }).waitFor({ timeout: T.short });
    assert.match(await list.locator('[data-badge="first_message"]').innerText(), /打卡群 · \d{4}-\d{2}-\d{2}/);
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // Taken back, with the reason: gone from the holdings, kept under "taken back".
    await page.locator(tid('nav-engagement')).click();
    await page.locator('.n-tabs-tab', { hasText: zh('ui.engagement.tab_badges') }).click();
    await page.locator(`${handRow} ${tid('badges-take-back')}`).click();
    await fill(page, 'badges-take-back-reason', '发错人了');
    await page.locator(tid('badges-take-back-ok')).click();
    await page.waitForSelector(handRow, { state: 'detached', timeout: T.short });
    await waitText(page, 'badges-kind-praised', `${kind('praised')} · ${holders(0)}`);
    const taken = await call(page, 'BadgesAPI.List', { badge: 'praised', groupId: 0, since: '', memberId: 0, revoked: true, limit: 0 });
    assert.deepEqual(taken.map((h) => [h.nickname, h.reason, h.source]), [['乙', '发错人了', 'revoked']]);
  },
};
