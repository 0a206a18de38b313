// A casual giveaway from pasted comments: the keyword and @mention filters
// thin the list (the preview says why), one entry per person, and the
// instant mode draws at once from a recorded seed, labelled as not publicly
// verifiable, its certificate still recomputable; then the same rules over
// a Douyin comment export chosen in the native dialog.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, fill, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { seedMembers } from '../lib/members.mjs';
import { appEnv } from '../lib/app.mjs';
import { run } from '../lib/proc.mjs';

const COMMENTS = [
  '阿花: 抽我抽我 @小红 @Tom',
  '小红：抽我 @阿花 @李雷',
  'Tom: 来了',
  '李雷: 抽我 @阿花',
  '这一行没有名字',
  '阿花: 抽我 @a @b',
  '王姐：抽我！@小红 @阿花 @Tom',
].join('\n');

export default {
  name: 'an instant giveaway from pasted comments with filters',
  timeout: 45_000,
  async run(t) {
    const tr = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    await seedMembers(page, ['阿花', '小红', 'Tom', '李雷'].map((n) => ({ nickname: n, platform: 'douyin' })));

    await page.locator(tid('nav-lottery')).click();
    await page.locator(tid('lottery-new')).click();
    // Nothing filled in: the refusal names each problem.
    await page.locator(tid('lottery-tier-name-0')).locator('..').waitFor();
    await fill(page, 'lottery-tier-name-0', '');
    await page.locator(tid('lottery-freeze')).click();
    await waitText(page, 'lottery-problems', [
      `${tr('ui.lottery.title_label')}：${tr('err.field.required')}`,
      `${tr('ui.lottery.prizes')}：${tr('err.lottery.tier_name', { Tier: 1 })}`,
      `${tr('ui.lottery.sources')}：${tr('err.lottery.no_sources')}`,
    ].join('\n'));
    await fill(page, 'lottery-title', '评论区福利');
    await page.locator(tid('lottery-from-comments')).click();
    await page.locator(`textarea${tid('lottery-text')}`).fill(COMMENTS);
    await page.locator(`${tid('lottery-filters')} input`).first().fill('抽我');
    await page.locator(`${tid('lottery-filters')} input`).nth(1).fill('2');
    await page.locator(tid('lottery-preview')).click();
    // 阿花 twice (one entry), Tom without the keyword, 李雷 with one @mention, the nameless line unread.
    await waitText(page, 'lottery-preview-count', new RegExp([
      tr('ui.lottery.preview_count', { People: '3', Lines: '3', Read: '6' }),
      tr('ui.lottery.excluded.keyword', { Count: '1' }),
    ].join('.*')));
    await waitText(page, 'lottery-preview-count', new RegExp(tr('ui.lottery.excluded.mentions', { Count: '1' })));
    await waitText(page, 'lottery-preview-count', new RegExp(tr('ui.lottery.excluded.repeat', { Count: '1' })));
    await waitText(page, 'lottery-preview-names', /阿花.*小红.*王姐/);
    await waitText(page, 'lottery-preview-unread', tr('ui.lottery.unread_lines', { Lines: '5' }));

    await fill(page, 'lottery-tier-name-0', '红包');
    await fill(page, 'lottery-tier-count-0', '2');
    await page.locator(tid('lottery-mode-instant')).click();
    await waitText(page, 'lottery-instant-note', tr('ui.lottery.instant_note'));
    await page.locator(tid('lottery-freeze')).click();
    await waitText(page, 'lottery-status', tr('ui.lottery.status.drawn'), { timeout: T.normal });
    const [d] = await call(page, 'LotteryAPI.List');
    const drawn = await call(page, 'LotteryAPI.Get', d.id);
    assert.equal(drawn.mode, 'instant');
    assert.equal(drawn.sources.length, 1);
    assert.match(drawn.sources[0].values, /^[0-9A-F]{32}$/, 'a recorded 128-bit seed');
    assert.equal(drawn.winners.length, 2);
    assert.equal(drawn.alternatesDrawn.length, 1, 'the one left over is the alternate');
    await waitText(page, 'lottery-certificate', new RegExp(tr('ui.lottery.instant_note').slice(0, 12)));

    const cert = join(t.dir, 'cert.json');
    answerDialog(t, 'save', cert);
    await page.locator(tid('lottery-save-json')).click();
    for (let i = 0; i < 50 && !existsSync(cert); i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(JSON.parse(readFileSync(cert, 'utf8')).mode, 'instant');
    // An instant draw used the organiser's own seed: it recomputes, but nobody could check the seed
    // before the draw, so verify says it is not publicly verifiable (exit 1).
    const check = await run(t.binary, ['lottery', 'verify', cert], { env: appEnv(), cwd: t.dir, timeoutMs: 20000 });
    assert.equal(check.code, 1, check.output);
    assert.match(check.output, /"outcome": "not_verifiable"/);

    // The same giveaway from a Douyin comment export (MediaCrawler JSON), chosen in the native dialog.
    const rows = [['1', '阿花', '抽我 @小红 @Tom'], ['2', '小红', '抽我'], ['3', '路人', '抽我 @a @b'], ['1', '阿花', '再抽我 @x @y']];
    const exportFile = join(t.dir, 'douyin_comments.json');
    writeFileSync(exportFile, JSON.stringify(rows.map(([uid, nickname, content], i) => ({
      comment_id: String(700 + i), create_time: 1764720000 + i * 60, aweme_id: '9', content, user_id: uid,
      sec_uid: `sec${uid}`, nickname, parent_comment_id: '0',
    }))));
    await page.locator(tid('lottery-new')).click();
    await page.locator(tid('lottery-from-douyin')).click();
    answerDialog(t, 'open', exportFile);
    await page.locator(tid('lottery-douyin')).click();
    await page.locator(`${tid('lottery-source')} .path`, { hasText: 'douyin_comments.json' }).waitFor();
    await page.locator(`${tid('lottery-filters')} input`).nth(1).fill('2');
    await page.locator(tid('lottery-preview')).click();
    await waitText(page, 'lottery-preview-count', new RegExp(tr('ui.lottery.preview_count', { People: '2', Lines: '2', Read: '4' })));
    await waitText(page, 'lottery-preview-names', /^阿花.*路人$/);
  },
};
