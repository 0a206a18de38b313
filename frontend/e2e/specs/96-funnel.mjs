// The shop funnel (in Chinese): with no click, inquiry or purchase on record
// the tab says how to import them (the generic CSV columns, an example) and
// its button leads to the Activity screen; a generic CSV with click / 咨询 /
// 购买 rows imported there (the real import path) gives the funnel counted
// by hand — events and people per step, conversion, revenue — and 小林, who
// bought 5 days after joining, is flagged; 阿花 (18 days) is not. Copied as text.
import assert from 'node:assert/strict';
import { tid, call, selectOption, waitText, until, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { everyone, literally, shoot } from '../lib/imports.mjs';
import { dropChat, writeChat, ymd } from '../lib/activity.mjs';
import { readClipboard } from '../lib/clipboard.mjs';

const pad = (n) => String(n).padStart(2, '0');
const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return d;
};
/** "YYYY-MM-DD HH:MM", n days before today. */
const stamp = (n, hh, mm) => `${ymd(daysAgo(n))} ${pad(hh)}:${pad(mm)}`;

// Each member joins the group on their first row. In the last 30 days:
// clicks 阿花 小林 大熊 (3 / 3), inquiries 阿花 小林 (2 / 2, 66.7 %),
// purchases 阿花 ¥99.5 小林 ¥200 (2 / 2, 100 %), overall 66.7 %, revenue 299.5.
const CSV = [
  '昵称,用户id,平台,时间,类型,金额',
  `阿花,u1,douyin,${stamp(20, 9, 0)},message,`,
  `小林,u2,douyin,${stamp(10, 20, 0)},点击,`,
  `小林,u2,douyin,${stamp(9, 21, 0)},咨询,`,
  `小林,u2,douyin,${stamp(5, 10, 0)},购买,200`,
  `大熊,u3,douyin,${stamp(4, 9, 0)},click,`,
  `阿花,u1,douyin,${stamp(3, 9, 0)},click,`,
  `阿花,u1,douyin,${stamp(3, 10, 0)},inquiry,`,
  `阿花,u1,douyin,${stamp(2, 12, 0)},purchase,¥99.5`,
];

async function openFunnel(page) {
  await page.locator(tid('nav-engagement')).click();
  await page.waitForSelector(tid('engagement-view'), { state: 'visible', timeout: T.normal });
  await page.locator('.n-tabs-tab', { hasText: '带货转化' }).click();
  await page.waitForSelector(tid('funnel-panel'), { state: 'visible', timeout: T.normal });
}

export default {
  name: 'shop funnel: empty state, a generic CSV imported, the numbers and the flagged member',
  timeout: 60_000,
  async run(t) {
    const zh = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await call(page, 'GroupsAPI.Create', groupInput({ name: '店铺群', platform: 'douyin' }));

    // Nothing on record: how to import, with an example, and the way to the Activity screen.
    await openFunnel(page);
    await waitText(page, 'funnel-preset-30', zh('ui.funnel_period.last_days', { Count: 30 }));
    await waitText(page, 'funnel-empty-body', literally(zh('ui.engagement.funnel.empty_body')), { timeout: T.normal });
    const example = await page.locator(`${tid('funnel-example')} th`).allInnerTexts();
    assert.deepEqual(example.map((s) => s.trim()), ['昵称', '用户id', '时间', '类型', '金额']);
    assert.equal(await page.locator(tid('funnel-copy')).isDisabled(), true, 'nothing to copy');
    await shoot(t, page, '96-funnel-empty');
    await page.locator(tid('funnel-empty-import')).click();
    await page.waitForSelector(tid('activity-view'), { state: 'visible', timeout: T.normal });

    // The real import path: dropped, previewed, a group chosen, imported.
    await dropChat(page, writeChat(t.dir, '店铺数据.csv', CSV));
    await waitText(page, 'activity-count-events', '8', { timeout: T.normal });
    await selectOption(page, 'activity-group', '店铺群');
    await page.locator(tid('activity-start')).click();
    await page.waitForSelector(tid('activity-report'), { state: 'visible', timeout: T.normal });
    await waitText(page, 'activity-report-events', '8');

    await openFunnel(page);
    await selectOption(page, 'funnel-group', '店铺群');
    await waitText(page, 'funnel-step-click-members', zh('ui.engagement.funnel.people', { Count: '3' }), { timeout: T.normal });
    await waitText(page, 'funnel-step-click-events', zh('ui.engagement.funnel.events', { Count: '3' }));
    await waitText(page, 'funnel-step-inquiry-members', zh('ui.engagement.funnel.people', { Count: '2' }));
    await waitText(page, 'funnel-step-inquiry-rate', zh('ui.engagement.funnel.rate', { Rate: '66.7%' }));
    await waitText(page, 'funnel-step-purchase-members', zh('ui.engagement.funnel.people', { Count: '2' }));
    await waitText(page, 'funnel-step-purchase-rate', zh('ui.engagement.funnel.rate', { Rate: '100%' }));
    await waitText(page, 'funnel-overall-rate', '66.7%');
    await waitText(page, 'funnel-revenue-value', '299.5');
    await page.waitForSelector(tid('funnel-chart'), { state: 'visible', timeout: T.normal });

    // The trust rule: 小林 bought 5 days after joining; 阿花 after 18 days is not listed.
    const lin = (await call(page, 'MembersAPI.List', { ...everyone, sort: 'nickname', limit: 10 }))
      .find((m) => m.nickname === '小林');
    const rows = page.locator(`${tid('funnel-flagged')} tbody tr`);
    await until(async () => (await rows.count()) === 1, { what: 'one flagged member' });
    const cells = (await rows.first().locator('td').allInnerTexts()).map((s) => s.trim());
    assert.deepEqual(cells, ['小林', ymd(daysAgo(10)), `${ymd(daysAgo(5))} 10:00`, zh('ui.engagement.funnel.days', { Days: 5 })]);
    assert.equal(await rows.first().getAttribute('data-testid'), `funnel-flag-${lin.id}`);
    await shoot(t, page, '96-funnel-numbers');

    // Copied as text, the numbers as shown.
    await page.locator(tid('funnel-copy')).click();
    const title = zh('ui.engagement.funnel.text_title', { Group: '店铺群', From: ymd(daysAgo(29)), To: ymd(daysAgo(0)) });
    await until(async () => (await readClipboard(page)).startsWith(title), { what: 'the funnel text on the clipboard' });
    const text = await readClipboard(page);
    assert.ok(text.includes(zh('ui.engagement.funnel.text_total', { Rate: '66.7%', Revenue: '299.5' })), text);
    assert.ok(text.includes(zh('ui.engagement.funnel.text_flagged', { Days: 15, Count: '1' })), text);
  },
};
