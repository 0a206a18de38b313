// Tiers where the creator works: a WhatsApp export with one very busy sender,
// a few quiet ones, one who went quiet two weeks ago and one silent for two
// months is imported through the real bindings; then the member list shows
// and sorts by the tier, filters by tier and by the lists, the drawer
// explains the tier and draws the activity, and the settings preview and save
// other thresholds.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, fill, reload, selectOption, until, waitText, T } from '../lib/ui.mjs';
import { openMembers, seedMembers, waitRows } from '../lib/members.mjs';
import { shoot } from '../lib/imports.mjs';

const pad = (n) => String(n).padStart(2, '0');

/** A WhatsApp (Android) line at hh:mm, daysAgo days before today. */
function line(daysAgo, hh, mm, name, text) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  return { at: d.getTime(), text: `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(hh)}:${pad(mm)} - ${name}: ${text}` };
}

/** The chat: 大明 busy every day of the last 20, 小红 and 小刚 now and then,
 *  阿强 busy until 16 days ago, 老王 only two months ago. */
export function chat() {
  const out = [];
  for (let i = 1; i <= 20; i++) {
    out.push(line(i, 8, 0, '大明', '早上好'), line(i, 8, 5, '大明', '@小红 收到'), line(i, 8, 10, '大明', '今天几点直播？'),
      line(i, 8, 20, '大明', '@小刚 一起来'), line(i, 12, 0, '大明', '午饭时间到'), line(i, 20, 0, '大明', '晚上好'),
      line(i, 20, 5, '大明', '今天的视频真好看'));
    if (i % 3 === 0) out.push(line(i, 12, 10, '大明', '<Media omitted>'));
    if (i % 4 === 2) out.push(line(i, 8, 30, '小红', '好的'));
    if (i % 5 === 3) out.push(line(i, 12, 30, '小刚', '哈哈'));
  }
  for (let i = 16; i <= 40; i++) {
    out.push(line(i, 9, 0, '阿强', '大家好'), line(i, 9, 10, '阿强', '@老王 在吗'), line(i, 21, 0, '阿强', '晚安'));
    if (i % 5 === 0) out.push(line(i, 13, 0, '阿强', '<Media omitted>'));
  }
  out.push(line(60, 10, 0, '老王', '有人吗'), line(61, 10, 0, '老王', '好久不见'), line(62, 10, 0, '老王', '新年快乐'));
  return out.sort((a, b) => a.at - b.at).map((l) => l.text);
}

/** Imports the chat through the real bindings and waits for it to finish. */
async function importChat(page, path) {
  const done = await page.evaluate((req) => new Promise((resolve, reject) => {
    window.runtime.EventsOn('activity:done', resolve);
    window.runtime.EventsOn('activity:failed', (p) => reject(new Error(JSON.stringify(p))));
    window.go.app.ActivityAPI.Start(req);
  }), { path, groupId: 0, choices: {} });
  return done;
}

const everyone = {
  search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash: false,
  tiers: [], stages: [], flags: [],
};

/** The members by nickname, as the backend lists them sorted by tier. */
async function byTier(page) {
  const rows = await call(page, 'MembersAPI.List', { filter: everyone, sort: 'tier', desc: false, offset: 0, limit: 50 });
  return { rows, id: Object.fromEntries(rows.map((r) => [r.nickname, r.id])), of: Object.fromEntries(rows.map((r) => [r.nickname, r])) };
}

const tierOf = (page, id) => page.locator(`${tid(`members-row-${id}`)} [data-tier]`).first();

export default {
  name: 'tiers: list, filters, drawer, settings',
  timeout: 60000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    const path = join(t.dir, 'WhatsApp Chat with 粉丝群.txt');
    writeFileSync(path, chat().join('\n') + '\n', 'utf8');
    const done = await importChat(page, path);
    assert.equal(done.report.newMembers, 5, JSON.stringify(done.report));
    const sum = await call(page, 'ActivityAPI.Recompute');
    assert.deepEqual(sum.tiers, { core: 1, active: 2, lurker: 1, dormant: 1 }, JSON.stringify(sum));
    const { rows, id, of } = await byTier(page);
    assert.equal(rows[0].nickname, '大明', 'the busy sender is core');
    assert.ok(of['阿强'].standing.slipping && of['大明'].standing.koc, JSON.stringify(of['阿强'].standing));

    // The list: the tier column is there by default; sorting by it puts the busy sender first.
    await reload(page);
    await openMembers(page);
    await page.waitForSelector(tid('members-sort-tier'), { timeout: T.short });
    assert.equal((await tierOf(page, id['大明']).innerText()).trim(), zh('ui.tiers.tier.core'));
    assert.equal((await tierOf(page, id['老王']).innerText()).trim(), zh('ui.tiers.tier.dormant'));
    await page.locator(tid('members-sort-tier')).click();
    await waitRows(page, rows.map((r) => r.id));
    await page.locator(tid('members-sort-tier')).click();
    await page.waitForFunction((first) => document.querySelector('[data-testid^="members-row-"]')?.dataset.testid === first,
      `members-row-${id['老王']}`, { timeout: T.short });
    await page.locator(tid('members-sort-tier')).click(); // back to newest first

    // Stage, last active and RFM on demand.
    await page.locator(tid('members-columns')).click();
    for (const c of ['stage', 'lastActive', 'rfm']) await page.locator(tid(`members-column-${c}`)).click();
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${tid(`members-row-${id['大明']}`)} >> text=5·5·5`, { timeout: T.short });
    await page.waitForSelector(`${tid(`members-row-${id['大明']}`)} >> text=${zh('ui.tiers.stage.mature')}`, { timeout: T.short });
    await page.locator(tid('members-sort-lastActive')).click(); // oldest activity first
    await page.waitForFunction((first) => document.querySelector('[data-testid^="members-row-"]')?.dataset.testid === first,
      `members-row-${id['老王']}`, { timeout: T.short });
    await page.locator(tid('members-sort-rfm')).click(); // lowest total first, then highest on the second click
    await page.locator(tid('members-sort-rfm')).click();
    await page.waitForFunction((first) => document.querySelector('[data-testid^="members-row-"]')?.dataset.testid === first,
      `members-row-${id['大明']}`, { timeout: T.short });

    // Filters: by tier, and the lists (all of those chosen).
    await page.locator(tid('members-filters-toggle')).click();
    await selectOption(page, 'members-filter-tiers', zh('ui.tiers.tier.dormant'));
    await page.keyboard.press('Escape');
    await waitRows(page, [id['老王']]);
    await waitText(page, 'members-chip-tiers', zh('ui.tiers.chip.tiers', { Values: zh('ui.tiers.tier.dormant') }));
    await page.locator(`${tid('members-chip-tiers')} .n-tag__close`).click();
    await page.locator(tid('members-flag-slipping')).click();
    await waitRows(page, [id['阿强']]);
    await page.locator(tid('members-flag-koc')).click();
    await waitRows(page, [id['阿强']]);
    await waitText(page, 'members-chip-flag-koc', zh('ui.tiers.flag.koc'));
    await page.locator(tid('members-flag-slipping')).click();
    await waitRows(page, [id['大明'], id['阿强']]);
    await page.locator(tid('members-table')).evaluate((el) => { el.scrollLeft = 0; });
    await shoot(t, page, '41-tiers-members');

    // The drawer explains the tier and draws the activity.
    await page.locator(tid(`members-row-${id['大明']}`)).click();
    await page.waitForSelector(tid('member-standing'), { state: 'visible', timeout: T.short });
    await waitText(page, 'member-tier-rule', of['大明'].standing.tierRule);
    await waitText(page, 'member-stage-rule', of['大明'].standing.stageRule);
    assert.match(of['大明'].standing.tierRule, /12/, 'the rule names the core line');
    await page.waitForSelector(tid('member-flag-koc'), { timeout: T.short });
    await page.waitForSelector(`${tid('member-timeline-chart')} canvas`, { state: 'visible', timeout: T.normal });
    await page.waitForSelector(`${tid('member-recent')} >> text=今天的视频真好看`, { timeout: T.short });
    await page.locator(tid('member-timeline-chart')).scrollIntoViewIfNeeded();
    await shoot(t, page, '41-tiers-drawer');
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // A segment keeps the lists.
    await page.locator(tid('members-segments')).click();
    await fill(page, 'segment-name', 'KOC');
    await page.locator(tid('segment-save')).click();
    const [seg] = await until(async () => { const s = await call(page, 'MembersAPI.Segments'); return s.length ? s : null; },
      { what: 'segment saved' });
    assert.deepEqual(seg.filter.flags, ['koc']);
    await page.locator(tid('members-clear')).click();
    await page.waitForSelector(tid('members-chips'), { state: 'detached', timeout: T.short });
    await page.locator(tid('members-segments')).click();
    await page.locator(tid(`segment-${seg.id}`)).click();
    await waitRows(page, [id['大明'], id['阿强']]);
    await page.locator(tid('members-clear')).click();

    // A member without activity is asked for a chat export.
    const [fresh] = await seedMembers(page, ['新来的']);
    await reload(page);
    await openMembers(page);
    await page.locator(tid('members-search')).fill('新来的');
    await waitRows(page, [fresh.id]);
    await page.locator(tid(`members-row-${fresh.id}`)).click();
    await waitText(page, 'member-no-activity', new RegExp(zh('ui.tiers.to_activity')));
    await page.keyboard.press('Escape');
    await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

    // Settings: a preview with a shorter dormant spell, a refused value, then save.
    await page.locator(tid('nav-settings')).click();
    await page.waitForSelector(tid('tiers-form'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'tiers-count-dormant', '1');
    await waitText(page, 'tiers-count-invalid', '1'); // the new member, scored by now
    await fill(page, 'tiers-dormantDays', '3');
    await page.locator(tid('tiers-preview')).click();
    await waitText(page, 'field-error-dormantDays', zh('err.field.range', { Min: 7, Max: 365 }));
    await fill(page, 'tiers-dormantDays', '7');
    await page.locator(tid('tiers-preview')).click();
    await waitText(page, 'tiers-count-dormant', '2');
    assert.equal(await page.locator(tid('tiers-counts')).getAttribute('data-kind'), 'preview');
    assert.equal((await call(page, 'ActivityAPI.TierSettings')).DormantDays, 30, 'a preview saves nothing');
    await shoot(t, page, '41-tiers-settings');

    await fill(page, 'tiers-demoteAfterDays', '0'); // apply demotions at once
    await page.locator(tid('tiers-save')).click();
    await page.waitForSelector(`${tid('tiers-counts')}[data-kind="saved"]`, { timeout: T.normal });
    await waitText(page, 'tiers-count-dormant', '2');
    const after = await call(page, 'ActivityAPI.TierSettings');
    assert.equal(after.DormantDays, 7);
    assert.equal(after.DemoteAfterDays, 0);
    assert.equal((await byTier(page)).of['阿强'].standing.tier, 'dormant', 'saving placed every member again');

    await openMembers(page);
    await page.locator(tid('members-search')).fill('');
    await page.waitForFunction(({ sel, want }) => document.querySelector(sel)?.textContent.trim() === want,
      { sel: `${tid(`members-row-${id['阿强']}`)} [data-tier]`, want: zh('ui.tiers.tier.dormant') }, { timeout: T.normal });

    // Defaults come back into the form (saved only on Save); recompute on demand.
    await page.locator(tid('nav-settings')).click();
    await page.locator(tid('tiers-reset')).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.value === '30', `input${tid('tiers-dormantDays')}`, { timeout: T.short });
    await page.locator(tid('tiers-recompute')).click();
    await page.waitForSelector(`${tid('tiers-counts')}[data-kind="recomputed"]`, { timeout: T.normal });
    assert.equal((await call(page, 'ActivityAPI.TierSettings')).DormantDays, 7, 'reset alone saves nothing');
  },
};
