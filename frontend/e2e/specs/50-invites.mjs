// Invitations end to end (in Chinese): a template typed in the editor shows
// its problems inline (unknown field, unclosed brace, ad-law word with its
// reason) and its live preview; fixed and saved, it is drafted for a saved
// segment against the group's free places; in the sending queue three
// drafts are copied with the C key (the clipboard read back each time) and
// marked sent with S, one is marked joined (the member is now in the group),
// the queue keeps its place over a restart, the funnel shows the counts, and
// the drafts export to CSV with a BOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, confirmDialog, fill, selectOption, waitText, until, reload, setLanguageByBinding, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { groupInput } from '../lib/groups.mjs';
import { seedMembers } from '../lib/members.mjs';
import { readClipboard } from '../lib/clipboard.mjs';

const emptyFilter = { search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash: false,
  tiers: [], stages: [], flags: [] };

async function problemKeys(page) {
  return page.$$eval('[data-testid^="invites-problem-"]', (els) => els.map((e) => e.getAttribute('data-key')).filter(Boolean));
}

export default {
  name: 'invitations: draft for a segment, copy three, mark one joined, see the funnel',
  timeout: 60_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { app, page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉一群', capacity: 10, joinCode: '芝麻开门' }));
    const fans = await seedMembers(page, [
      { nickname: '小美', platformId: 'dy001', ironFan: true },
      { nickname: '🌸Lily', platformId: 'dy002', ironFan: true },
      { nickname: '阿强', platformId: 'dy003', ironFan: true },
      { nickname: '老王', platformId: 'dy004', ironFan: true },
      { nickname: '路人', platformId: 'dy005' },
    ]);
    await call(page, 'MembersAPI.SetMembership', fans[3].id, { groupId: group.id, role: 'member', status: 'joined' });
    await call(page, 'MembersAPI.SaveSegment', { id: 0, name: '铁粉', filter: { ...emptyFilter, ironFan: true } });

    await page.locator(tid('nav-invites')).click();
    await page.waitForSelector(tid('invites-editor'), { state: 'visible', timeout: T.normal });
    // The starter templates are there.
    await page.locator(`${tid('invites-template-select')} .n-base-selection`).click();
    await page.locator('.n-base-select-option:visible', { hasText: tr('ui.invites.starter.core.name') }).first().waitFor();
    await page.keyboard.press('Escape');

    // A new template with problems: warned inline, in Chinese, with positions.
    await page.locator(tid('invites-template-new')).click();
    await fill(page, 'invites-template-name', '铁粉邀请');
    await fill(page, 'invites-body', '[[嗨|你好|哈喽]] {昵称|朋友}，{头像} 全网最低价 {群名');
    await until(async () => {
      const keys = await problemKeys(page);
      return ['ui.invites.check.unknown_field', 'ui.invites.check.adlaw', 'ui.invites.check.unclosed_field']
        .every((k) => keys.includes(k));
    }, { what: 'the three inline warnings' });
    const adlaw = page.locator('[data-testid^="invites-problem-"][data-key="ui.invites.check.adlaw"]');
    assert.match(await adlaw.innerText(), /全网最低价.*广告法/);
    assert.match(await page.locator('[data-testid^="invites-problem-"][data-key="ui.invites.check.unknown_field"]').innerText(),
      new RegExp(tr('ui.invites.position', { Line: 1, Col: 21 })));
    assert.ok(await page.locator(tid('invites-body-marks-mark')).count() >= 3, 'the problems are marked in the body');

    // Fixed: no problems; the preview for the group fills the fields.
    await fill(page, 'invites-body', '[[嗨|你好|哈喽]] {昵称|朋友}，感谢一直以来的支持！想邀请你进「{群名}」，口令：{群口令}');
    await selectOption(page, 'invites-preview-group', '铁粉一群');
    await until(async () => (await problemKeys(page)).length === 0, { what: 'no problems' });
    await waitText(page, 'invites-preview-text', /朋友，感谢一直以来的支持！想邀请你进「铁粉一群」，口令：芝麻开门$/);
    await waitText(page, 'invites-length', /\/ 300/);
    await waitText(page, 'invites-skeletons', tr('ui.invites.editor.skeletons', { Count: 3 }));
    await page.locator(tid('invites-template-save')).click();
    const tpl = await until(async () => (await call(page, 'InvitesAPI.Templates')).find((x) => x.name === '铁粉邀请'),
      { what: 'the saved template' });

    // Whom to invite: the iron-fan segment for the group; the one already in it is skipped.
    await page.locator(tid('invites-tab-pick')).click();
    await selectOption(page, 'invites-pick-template', '铁粉邀请');
    await selectOption(page, 'invites-pick-group', '铁粉一群');
    await selectOption(page, 'invites-pick-segment', '铁粉');
    await waitText(page, 'invites-count-matched', '4');
    await waitText(page, 'invites-count-in-group', '1');
    await waitText(page, 'invites-count-queued', '0');
    await waitText(page, 'invites-count-invite', '3');
    await waitText(page, 'invites-count-free', '9');
    await page.locator(tid('invites-draft')).click();

    // The queue: copy three with C (read back), mark each sent with S.
    await page.waitForSelector(tid('invites-current-text'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'invites-progress', '0 / 3');
    const queue = await call(page, 'InvitesAPI.Queue', (await call(page, 'InvitesAPI.Batches'))[0].id);
    assert.equal(queue.length, 3);
    for (let i = 0; i < 3; i++) {
      await waitText(page, 'invites-current-nickname', queue[i].nickname);
      await page.locator(tid('invites-view')).click({ position: { x: 5, y: 5 } }); // focus off the text area
      await page.keyboard.press('c');
      await waitText(page, 'invites-current-state', tr('ui.invites.state.copied'));
      const clip = await until(async () => (await readClipboard(page)) === queue[i].text, { what: `clipboard holds draft ${i + 1}` });
      assert.ok(clip);
      assert.ok(queue[i].text.includes(queue[i].nickname) && queue[i].text.includes('芝麻开门'), queue[i].text);
      await page.keyboard.press('s');
      await waitText(page, 'invites-progress', `${i + 1} / 3`);
    }

    // The second one joined.
    await page.locator(tid('invites-row-2')).click();
    await waitText(page, 'invites-current-nickname', queue[1].nickname);
    await page.locator(tid('invites-joined')).click();
    await waitText(page, 'invites-current-state', tr('ui.invites.state.joined'));
    const member = await call(page, 'MembersAPI.Get', queue[1].memberId);
    assert.ok(member.groups.some((g) => g.groupId === group.id && g.status === 'joined'), JSON.stringify(member.groups));

    // The queue survives a restart of the app.
    await app.restart();
    await reload(page, { timeout: T.normal });
    await page.locator(tid('nav-invites')).click();
    await page.locator(tid('invites-tab-queue')).click();
    await waitText(page, 'invites-progress', '3 / 3', { timeout: T.normal });

    // The funnel of the template.
    await page.locator(tid('invites-tab-funnel')).click();
    await selectOption(page, 'invites-funnel-template', '铁粉邀请');
    await waitText(page, 'invites-funnel-A-drafted', '3', { timeout: T.normal });
    await waitText(page, 'invites-funnel-A-copied', '3');
    await waitText(page, 'invites-funnel-A-sent', '3');
    await waitText(page, 'invites-funnel-A-joined', '1');
    await waitText(page, 'invites-funnel-A-rate', '33%');
    const funnel = await call(page, 'InvitesAPI.Funnel', tpl.id, 0);
    assert.deepEqual(funnel.map((s) => [s.variant, s.drafted, s.copied, s.sent, s.joined]), [['A', 3, 3, 3, 1]]);

    // CSV with a BOM.
    await page.locator(tid('invites-tab-queue')).click();
    const out = join(t.dir, '邀请.csv');
    answerDialog(t, 'save', out);
    await page.locator(tid('invites-export-csv')).click();
    const csv = await until(() => { try { return readFileSync(out, 'utf8'); } catch { return ''; } }, { what: 'the CSV export' });
    assert.ok(csv.startsWith('\uFEFF昵称,'), csv.slice(0, 40));
    assert.ok(csv.includes(tr('ui.invites.state.joined')) && csv.includes(queue[0].text), csv);

    // The group's member list pasted: the third invitee is matched as joined, a stranger is reported.
    await fill(page, 'invites-joins-text', `${queue[2].nickname}\n${queue[1].nickname}\n陌生人`);
    await page.locator(tid('invites-joins-match')).click();
    await waitText(page, 'invites-joins-report', tr('ui.invites.joins.report', { Lines: 3, Matched: 1, Already: 1, Unmatched: 1 }));
    await waitText(page, 'invites-joins-unmatched', '陌生人');
    await waitText(page, 'invites-row-3', new RegExp(tr('ui.invites.state.joined')));

    // The join card: code, conditions, free places and a QR code made here, saved as a PNG.
    await page.locator(tid('invites-tab-card')).click();
    await selectOption(page, 'invites-card-group', '铁粉一群');
    await fill(page, 'invites-card-link', 'https://v.douyin.com/abc123/');
    await page.locator(tid('invites-card-make')).click();
    await waitText(page, 'invites-card-line-0', tr('ui.invites.card.title', { Name: '铁粉一群' }));
    await waitText(page, 'invites-card-line-1', tr('ui.invites.card.code', { Code: '芝麻开门' }));
    await waitText(page, 'invites-card-line-2', tr('ui.invites.card.places', { Free: 7, Capacity: 10 }));
    await page.waitForFunction((sel) => { const img = document.querySelector(sel); return img && img.naturalWidth === 512; },
      tid('invites-card-qr'), { timeout: T.short });
    const png = join(t.dir, 'card.png');
    answerDialog(t, 'save', png);
    await page.locator(tid('invites-card-save')).click();
    const bytes = await until(() => { try { return readFileSync(png); } catch { return null; } }, { what: 'the card PNG' });
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');

    // In English the editor's warnings are English.
    await setLanguageByBinding(page, 'en');
    await page.locator(tid('nav-invites')).click();
    await page.locator(tid('invites-template-new')).click();
    await fill(page, 'invites-body', 'Hi {avatar}, the best [[group|club');
    const en = (key, params) => t.i18n.t('en', key, params);
    await until(async () => (await problemKeys(page)).length === 3, { what: 'three English warnings' });
    const texts = await page.$$eval('[data-testid^="invites-problem-"] .msg', (els) => els.map((e) => e.textContent.trim()));
    assert.ok(texts.includes(en('ui.invites.check.unknown_field', { Name: 'avatar' })), texts.join(' | '));
    assert.ok(texts.includes(en('ui.invites.check.unclosed_choice')), texts.join(' | '));
    assert.ok(texts.some((x) => x.startsWith('“best” may break the advertising law')), texts.join(' | '));
    // Unsaved text is not dropped silently: leaving it asks first.
    await page.locator(tid('invites-template-new')).click();
    await confirmDialog(page, { confirmText: en('ui.invites.editor.discard') });
    await until(async () => (await page.locator(`${tid('invites-body')}`).inputValue()) === '', { what: 'the discarded body' });
  },
};
