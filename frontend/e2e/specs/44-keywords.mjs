// Keyword watch (in Chinese): a WhatsApp export holding advertising-law
// words (国家级, 全网第一, 最好) and a negative word (退款) is imported into
// a group on the Activity screen; the Keyword watch screen lists the hits
// newest first with the message around the marked word (markup shown as
// text), the sender, the group and the level; filtering by the act level
// leaves the two act words, one sender's hits are shown apart; a custom word added inline is found after the
// rescan, and the bindings agree.
import assert from 'node:assert/strict';
import { tid, call, fill, selectOption, waitText, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { shoot } from '../lib/imports.mjs';
import { dropChat, openActivity, writeChat } from '../lib/activity.mjs';

const CHAT = [
  '01.05.2024, 10:00 - 小红: 这款是全网第一的面霜',
  '01.05.2024, 10:05 - 阿明: <i>国家级</i>品质，最好用',
  '01.05.2024, 11:00 - 小红: 大家好',
  '02.05.2024, 09:00 - 小刚: 我要退款！',
];

/** The rows of the hits table: [word, sender, message] each. */
async function rows(page) {
  return page.locator(tid('hit-row')).evaluateAll((trs) => trs.map((tr) => [
    tr.getAttribute('data-word'),
    tr.querySelector('[data-testid="hit-sender"]').innerText.trim(),
    tr.querySelector('[data-testid="hit-context"]').innerText.trim(),
  ]));
}

async function waitRows(page, words) {
  await page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid="hit-row"]')].map((r) => r.getAttribute('data-word'));
    return JSON.stringify(got) === JSON.stringify(want);
  }, words, { timeout: T.normal }).catch(async () => {
    throw new Error(`hit rows: want ${JSON.stringify(words)}, got ${JSON.stringify(await rows(page))}`);
  });
}

export default {
  name: 'keyword watch: hits of an imported chat, filtered, a custom word added',
  timeout: 45_000,
  async run(t) {
    const lang = 'zh-CN';
    const tr = (key, params) => t.i18n.t(lang, key, params);
    const { page } = await t.open();
    await call(page, 'GroupsAPI.Create', groupInput({ name: '粉丝群', platform: 'whatsapp' }));

    // The chat comes in through the Activity screen, into the group.
    await openActivity(page);
    await dropChat(page, writeChat(t.dir, 'WhatsApp 粉丝群.txt', CHAT));
    await waitText(page, 'activity-count-events', '4', { timeout: T.normal });
    await selectOption(page, 'activity-group', '粉丝群');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });

    await waitText(page, 'nav-keywords', tr('ui.nav.keywords'));
    await page.locator(tid('nav-keywords')).click();
    await page.waitForSelector(tid('keywords-view'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'keywords-category-adlaw', new RegExp(tr('ui.keywords.category.adlaw')));
    await waitRows(page, ['退款', '国家级', '最好', '全网第一']);
    assert.deepEqual(await rows(page), [
      ['退款', '小刚', '我要退款！'],
      ['国家级', '阿明', '<i>国家级</i>品质，最好用'],
      ['最好', '阿明', '<i>国家级</i>品质，最好用'],
      ['全网第一', '小红', '这款是全网第一的面霜'],
    ]);
    assert.equal(await page.locator(`${tid('hit-context')} i`).count(), 0, 'message markup is shown as text');
    const marks = await page.locator(tid('hit-match')).allInnerTexts();
    assert.deepEqual(marks, ['退款', '国家级', '最好', '全网第一'], 'the matched words are marked');
    const first = page.locator(tid('hit-row')).first();
    assert.match(await first.innerText(), /粉丝群/, 'the group is shown');
    assert.match(await first.innerText(), new RegExp(tr('ui.keywords.level.warn')), 'the level is shown');
    await shoot(t, page, '44-keywords-hits');

    // Only what asks for action now.
    await selectOption(page, 'hits-level', tr('ui.keywords.level.act'));
    await waitRows(page, ['国家级', '全网第一']);
    await page.locator(tid('hits-clear')).click();
    await waitRows(page, ['退款', '国家级', '最好', '全网第一']);

    // Only one sender's.
    await page.locator(tid('hit-sender'), { hasText: '阿明' }).first().click();
    await waitRows(page, ['国家级', '最好']);
    await waitText(page, 'hits-sender-chip', tr('ui.keywords.filter.sender', { Name: '阿明' }));
    await page.locator(`${tid('hits-sender-chip')} .n-tag__close`).click();
    await waitRows(page, ['退款', '国家级', '最好', '全网第一']);

    // A custom word, added inline: the rescan finds it.
    await fill(page, 'keywords-text', '面霜');
    await page.locator(tid('keywords-submit')).click();
    await page.waitForSelector(tid('keywords-scan-done'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'keywords-category-custom', /面霜/);
    await waitRows(page, ['退款', '国家级', '最好', '全网第一', '面霜']);
    await waitText(page, 'keywords-scan-done', tr('ui.keywords.scan_done', { Events: '4', Hits: '5' }));
    await shoot(t, page, '44-keywords-added');

    const hits = await call(page, 'KeywordsAPI.Hits', { groupId: 0, category: 'custom', severity: 0, wordId: 0,
      memberId: 0, from: '', to: '', limit: 10, offset: 0 });
    assert.equal(hits.total, 1);
    assert.deepEqual([hits.hits[0].before, hits.hits[0].match, hits.hits[0].after, hits.hits[0].nickname],
      ['这款是全网第一的', '面霜', '', '小红']);
    assert.equal(hits.stale, false);
  },
};
