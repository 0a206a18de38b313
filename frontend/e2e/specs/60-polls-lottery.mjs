// A topic vote run from a pasted 接龙 to its results, then a tiered,
// verifiable lottery among its voters: the list frozen and announced with
// its hash, the public values typed in, winners that the spec recomputes
// itself (RFC 3797 with node's MD5) and the app's own CLI verifies from the
// exported certificate and list; the live screen with reduced motion and
// without; the certificate as PNG.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, fill, selectOption, waitText, T } from '../lib/ui.mjs';
import { answerDialog } from '../lib/dialogs.mjs';
import { groupInput } from '../lib/groups.mjs';
import { seedMembers } from '../lib/members.mjs';
import { appEnv } from '../lib/app.mjs';
import { run } from '../lib/proc.mjs';
import { shoot } from '../lib/imports.mjs';

const OPTIONS = ['新品试色', '粉丝问答', '幕后花絮'];
const ENTRIES = ['1. 阿花 A', '2. 小红 选B', '3.Tom b+c', '4. 李雷 投2号', '5. 王姐 Ｂ', '6. 路人甲 3', '7. 阿花 C'];

/** rfc3797 is the RFC's selection, written here independently of the app. */
function rfc3797(key, n, k) {
  const removed = [];
  for (let step = 0; removed.length < k && removed.length < n; step++) {
    const idx = Buffer.alloc(2);
    idx.writeUInt16BE(step);
    const digest = createHash('md5').update(Buffer.concat([idx, Buffer.from(key, 'utf8'), idx])).digest('hex');
    let pos = Number(BigInt(`0x${digest}`) % BigInt(n - removed.length));
    for (const r of [...removed].sort((a, b) => a - b)) if (r <= pos) pos++;
    removed.push(pos);
  }
  return removed.map((p) => p + 1);
}

const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const isPng = (path) => readFileSync(path).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

async function waitFile(path) {
  for (let i = 0; i < 50 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(existsSync(path), `${path} was written`);
}

async function runPoll(page, t, tr) {
  await page.locator(tid('nav-polls')).click();
  await page.locator(tid('poll-new')).click();
  await fill(page, 'poll-question', '下周直播聊什么？');
  for (const [i, o] of OPTIONS.entries()) {
    if (i >= 2) await page.locator(tid('poll-add-option')).click();
    await fill(page, `poll-option-${i}`, o);
  }
  await selectOption(page, 'poll-group', '铁粉群');
  await page.locator(tid('poll-save')).click();
  await waitText(page, 'poll-title', '下周直播聊什么？');
  await waitText(page, 'poll-status', tr('ui.polls.status.draft'));
  await page.locator(tid('poll-open')).click();
  await waitText(page, 'poll-status', tr('ui.polls.status.open'));

  // The 接龙 to paste into the group, then the finished one pasted back.
  await page.locator(tid('poll-jielong-make')).click();
  const box = page.locator(`${tid('poll-jielong')} textarea${tid('poll-jielong-text')}`);
  await box.waitFor({ state: 'visible' });
  const made = await box.inputValue();
  assert.match(made, /^#接龙\n下周直播聊什么？\nA\. 新品试色\nB\. 粉丝问答\nC\. 幕后花絮\n\n例 昵称 A\n\n1\. \n$/, made);
  const finished = `@所有人 ${made.replace('1. \n', '')}${ENTRIES.join('\n')}\n`;
  await page.locator(`${tid('poll-jielong')} textarea${tid('poll-paste-text')}`).fill(finished);
  await page.locator(`${tid('poll-jielong')} ${tid('poll-paste-read')}`).click();
  await waitText(page, 'poll-paste-summary', new RegExp(tr('ui.polls.paste.read_jielong', { Title: '下周直播聊什么？' })));
  const rows = await page.locator(`${tid('poll-paste-votes')} tbody tr`).allInnerTexts();
  assert.equal(rows.length, 5, `five voters (Tom's two choices unread, 阿花's first vote replaced): ${rows}`);
  assert.match(rows.join('\n'), /阿花\s+C\s+阿花/, '阿花 counted once, for C, matched to the member');
  assert.match(rows.join('\n'), /路人甲\s+C\s+\S+/, 'a name nobody in the list has is still a vote');
  await waitText(page, 'poll-paste-unread', new RegExp(`Tom b\\+c.*${tr('ui.polls.unread.too_many')}`, 's'));
  // The creator decides: Tom meant B.
  const tomLine = finished.split('\n').indexOf('3.Tom b+c') + 1;
  await selectOption(page, `poll-unread-choice-${tomLine}`, 'B. 粉丝问答');
  await page.locator(tid(`poll-unread-count-${tomLine}`)).click();
  await page.locator(tid('poll-paste-unread')).waitFor({ state: 'detached' });
  assert.equal(await page.locator(`${tid('poll-paste-votes')} tbody tr`).count(), 6);
  await page.locator(tid('poll-paste-store')).click();
  await waitText(page, 'poll-turnout', new RegExp(tr('ui.polls.results.turnout', { Voters: '6', Size: '6', Share: '100%' })), { timeout: T.normal });

  // 王姐 changes her mind in person: her vote, picked from the member list, replaces her 接龙 one.
  await page.locator('.n-tabs-tab', { hasText: tr('ui.polls.collect.member') }).click();
  await selectOption(page, 'poll-member-pick', '王姐');
  await page.locator(`${tid('poll-member')} .n-radio`, { hasText: 'A. 新品试色' }).click();
  await page.locator(tid('poll-member-save')).click();
  await page.waitForFunction(() => /A\. 新品试色：1/.test(document.querySelector('[data-testid="poll-summary"]')?.value ?? ''));
  await waitText(page, 'poll-turnout', new RegExp(tr('ui.polls.results.turnout', { Voters: '6', Size: '6', Share: '100%' })));

  await page.locator(tid('poll-close')).click();
  await waitText(page, 'poll-status', tr('ui.polls.status.closed'));
  const pollId = (await call(page, 'PollsAPI.List'))[0].id;
  const res = await call(page, 'PollsAPI.Results', pollId);
  assert.deepEqual(res.counts, [1, 3, 2], 'A: 王姐; B: 小红 李雷 Tom; C: 阿花 路人甲');
  const summary = await page.locator(`textarea${tid('poll-summary')}`).inputValue();
  assert.ok(summary.includes(tr('ui.polls.summary.winner', { Letter: 'B', Option: '粉丝问答' })), summary);

  await shoot(t, page, '60-poll-results');
  const png = join(t.dir, 'poll.png');
  answerDialog(t, 'save', png);
  await page.locator(tid('poll-chart-save')).click();
  await waitFile(png);
  assert.ok(isPng(png), 'the results chart is a PNG');
  return pollId;
}

async function freezeLottery(page, tr) {
  await page.locator(tid('poll-lottery')).click();
  await page.waitForSelector(tid('lottery-setup'), { state: 'visible' });
  await page.locator(tid('lottery-preview')).click();
  await waitText(page, 'lottery-preview-count', new RegExp(`^${tr('ui.lottery.preview_count', { People: '6', Lines: '6', Read: '6' })}`));
  await fill(page, 'lottery-tier-name-0', '一等奖');
  await page.locator(tid('lottery-tier-add')).click();
  await fill(page, 'lottery-tier-name-1', '二等奖');
  await fill(page, 'lottery-tier-count-1', '2');
  await fill(page, 'lottery-source-0', '12月5日福彩3D开奖号码');
  await page.locator(tid('lottery-source-add')).click();
  await fill(page, 'lottery-source-1', '12月5日上证指数收盘');
  await page.locator(tid('lottery-freeze')).click();
  await waitText(page, 'lottery-status', tr('ui.lottery.status.frozen'), { timeout: T.normal });
  const [draw] = await call(page, 'LotteryAPI.List');
  assert.equal(draw.entrants, 6);
  assert.deepEqual(draw.tiers, [{ name: '一等奖', count: 1 }, { name: '二等奖', count: 2 }]);
  const announcement = await page.locator(`textarea${tid('lottery-announcement')}`).inputValue();
  assert.ok(announcement.includes(draw.listSha256) && announcement.includes('12月5日上证指数收盘'), announcement);
  return draw;
}

export default {
  name: 'a poll from a pasted 接龙 to results, then a verifiable lottery among its voters',
  timeout: 60_000,
  async run(t) {
    const tr = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    const g = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉群', platform: 'wechat' }));
    const members = await seedMembers(page, ['阿花', '小红', 'Tom', '李雷', '王姐', '小刚'].map((n) => ({ nickname: n, platform: 'wechat' })));
    for (const m of members) {
      await call(page, 'MembersAPI.SetMembership', m.id, { groupId: g.id, groupName: '', role: 'member', status: 'joined', joinedAt: '', leftAt: '' });
    }

    await runPoll(page, t, tr);
    const frozen = await freezeLottery(page, tr);

    // The numbered list, as frozen, on screen and as the file published with the announcement.
    await page.locator(`${tid('lottery-frozen-list')} .n-collapse-item__header`).click();
    await page.locator(`${tid('lottery-frozen-list')} li`).nth(5).waitFor({ state: 'visible', timeout: 10_000 }); // it unfolds
    const shown = await page.locator(`${tid('lottery-frozen-list')} li`).allInnerTexts();
    assert.equal(shown.length, 6, `six lines: ${shown}`);
    const list = join(t.dir, 'entrants.txt');
    answerDialog(t, 'save', list);
    await page.locator(tid('lottery-announce-list')).click();
    await waitFile(list);
    assert.equal(sha256(readFileSync(list)), frozen.listSha256);
    assert.deepEqual(readFileSync(list, 'utf8').trimEnd().split('\n'), shown, 'the screen shows the file, in order');

    // The public values are out: typed in, drawn once.
    await fill(page, 'lottery-value-0', '4 0 7');
    await fill(page, 'lottery-value-1', '3245.67');
    await page.locator(tid('lottery-draw')).click();
    await waitText(page, 'lottery-status', tr('ui.lottery.status.drawn'), { timeout: T.normal });
    const drawn = await call(page, 'LotteryAPI.Get', frozen.id);
    assert.equal(drawn.key, '0.4.7./3245.67./');
    assert.equal(drawn.winners.length, 3);
    assert.equal(drawn.alternatesDrawn.length, 3, 'alternates: one more than the winners, capped at the people left');
    await assert.rejects(call(page, 'LotteryAPI.Draw', frozen.id, ['1 2 3', '4']), /err\.lottery\.drawn/, 'a draw is never repeated');

    // The numbered list as published, and the certificate, as a fan gets them.
    assert.equal(sha256(readFileSync(list)), drawn.listSha256, 'sha256sum of the list published before the draw is the announced hash');
    const names = readFileSync(list, 'utf8').trimEnd().split('\n');
    const want = rfc3797(drawn.key, names.length, 6);
    assert.deepEqual([...drawn.winners, ...drawn.alternatesDrawn].map((p) => p.position), want, 'RFC 3797 recomputed here');
    assert.deepEqual(drawn.winners.map((p) => p.tier), [0, 1, 1]);
    for (const p of drawn.winners) assert.equal(p.name, names[p.position - 1]);
    await page.locator(`${tid('lottery-winners')} tbody tr`).nth(2).waitFor({ state: 'visible', timeout: 10_000 });
    const rows = await page.locator(`${tid('lottery-winners')} tbody tr`).allInnerTexts();
    assert.match(rows[0], new RegExp(`一等奖\\s+#${want[0]}\\s+${names[want[0] - 1]}`), rows[0]);

    const cert = join(t.dir, 'certificate.json');
    answerDialog(t, 'save', cert);
    await page.locator(tid('lottery-save-json')).click();
    await waitFile(cert);
    const c = JSON.parse(readFileSync(cert, 'utf8'));
    assert.equal(c.listSha256, drawn.listSha256);
    assert.deepEqual(c.sources.map((s) => s.values), ['4 0 7', '3245.67']);
    const check = await run(t.binary, ['lottery', 'verify', cert, '--entrants', list], { env: appEnv(), cwd: t.dir, timeoutMs: 20000 });
    assert.equal(check.code, 0, `qunzhu lottery verify: ${check.output}`);
    assert.match(check.output, /"verified": true/);

    const png = join(t.dir, 'certificate.png');
    answerDialog(t, 'save', png);
    await page.locator(tid('lottery-save-png')).click();
    await waitFile(png);
    assert.ok(isPng(png), 'the certificate picture is a PNG');

    await shoot(t, page, '60-lottery-drawn');
    // The live screen: with reduced motion every winner is simply there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator(tid('lottery-live')).click();
    const live = page.locator(tid('live-draw'));
    await live.waitFor({ state: 'visible' });
    assert.equal(await live.getAttribute('data-reduced'), 'yes');
    await page.locator(`${tid('live-winners')} li`).nth(2).waitFor({ state: 'visible', timeout: 10_000 });
    const settled = await page.locator(`${tid('live-winners')} li`).allInnerTexts();
    assert.equal(settled.length, 3);
    assert.match(settled[0], new RegExp(names[want[0] - 1]));
    await page.keyboard.press('Escape');
    await live.waitFor({ state: 'hidden' });

    // With motion, names roll and settle on the real winners one by one.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.locator(tid('lottery-live')).click();
    await live.waitFor({ state: 'visible' });
    assert.equal(await live.getAttribute('data-reduced'), 'no');
    assert.equal(await page.locator(`${tid('live-winners')} li`).count(), 0, 'nobody shown before the start');
    await page.locator(tid('live-next')).click();
    await page.locator(`${tid('live-winners')} li`).first().waitFor({ state: 'visible', timeout: T.short });
    assert.match(await page.locator(`${tid('live-winners')} li`).first().innerText(), new RegExp(names[want[0] - 1]));
    await page.locator(tid('live-close')).click();
    await live.waitFor({ state: 'hidden' });

    // The first prize's winner cannot be reached: the next alternate takes it, with the reason on record.
    await page.locator(tid('lottery-replace-1')).click();
    await fill(page, 'lottery-replace-reason', '三天联系不上');
    await page.locator(tid('lottery-replace-confirm')).click();
    await waitText(page, 'lottery-replacements', new RegExp(`${names[want[0] - 1]} → ${names[want[3] - 1]}.*三天联系不上`));
    const after = await page.locator(`${tid('lottery-winners')} tbody tr`).first().innerText();
    assert.match(after, new RegExp(`一等奖\\s+#${want[3]}\\s+${names[want[3] - 1]}`), after);
    const cert2 = join(t.dir, 'certificate-2.json');
    answerDialog(t, 'save', cert2);
    await page.locator(tid('lottery-save-json')).click();
    await waitFile(cert2);
    const again = await run(t.binary, ['lottery', 'verify', cert2, '--entrants', list], { env: appEnv(), cwd: t.dir, timeoutMs: 20000 });
    assert.equal(again.code, 0, `verify after the replacement: ${again.output}`);
    assert.equal(JSON.parse(readFileSync(cert2, 'utf8')).replacements[0].reason, '三天联系不上');

    // A redo is a new lottery linked to this one, with its reason; both stay on record.
    await page.locator(tid('lottery-redraw-open')).click();
    await fill(page, 'lottery-redraw-reason', '上证收盘数据公布有误');
    await fill(page, 'lottery-redraw-source', '12月8日福彩3D开奖号码');
    await page.locator(`${tid('lottery-redraw-exclude')}`).click();
    await page.locator(tid('lottery-redraw-confirm')).click();
    await waitText(page, 'lottery-redraw-of', new RegExp(`${frozen.id}.*上证收盘数据公布有误`), { timeout: T.normal });
    await waitText(page, 'lottery-status', tr('ui.lottery.status.frozen'));
    const all = await call(page, 'LotteryAPI.List');
    assert.equal(all.length, 2, 'both draws on record');
    assert.equal(all.find((d) => d.id === frozen.id).redrawnBy, all.find((d) => d.id !== frozen.id).id);
    assert.equal(all.find((d) => d.id !== frozen.id).listSha256, drawn.listSha256, 'the same list, winners kept in');
  },
};
