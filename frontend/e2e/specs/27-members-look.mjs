// The members screen as people see it, in light and dark, Chinese and English:
// the filter panel, chips and bulk bar, the drawer, merge suggestions, export
// and the trash. Screenshots go to test-results/27-members-look-*.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tid, call, reload, T } from '../lib/ui.mjs';
import { memberInput, openMembers, seedMembers } from '../lib/members.mjs';
import { groupInput } from '../lib/groups.mjs';

const shot = (t, page, name) => page.screenshot({ path: join(t.repo, 'frontend', 'test-results', `27-members-look-${name}.png`) });

async function settle(page) {
  await page.waitForTimeout(400); // transitions
}

export default {
  name: 'members: light and dark, zh-CN and en (screenshots)',
  timeout: 45_000,
  async run(t) {
    const { page } = await t.open();
    await openMembers(page, { expect: 'members-empty' });
    await shot(t, page, 'zh-CN-light-empty');
    const g = await call(page, 'GroupsAPI.Create', groupInput({ name: '铁粉一群', capacity: 200 }));
    const names = ['张三', '李四', '王五 🌸', 'Mia_Chen', '小美', '小美', '阿明同学', '橙子', '不吃香菜', '夜猫子'];
    const made = await seedMembers(page, names.map((nickname, i) => memberInput({
      nickname, remark: i % 3 ? '' : '老朋友', platformId: `dy_${1000 + i}`, fanLevel: 2 + ((i * 7) % 20),
      ironFan: i % 3 === 0, source: ['comment', 'dm', 'live', 'import'][i % 4],
      followSince: `2024-0${1 + (i % 9)}-1${i % 10}`, tags: i % 2 ? ['爱看直播'] : ['老粉', '抽奖'],
    })));
    await call(page, 'MembersAPI.SetMembership', made[0].id, { groupId: g.id, groupName: '', role: 'admin', status: 'joined', joinedAt: '2025-03-01', leftAt: '' });

    for (const [lang, theme] of [['zh-CN', 'light'], ['en', 'dark']]) {
      await call(page, 'SettingsAPI.Update', { language: lang, theme, backupKeep: null });
      await reload(page);
      await openMembers(page);
      await page.locator(tid('members-filters-toggle')).click();
      await page.locator(tid('members-filter-minLevel')).fill('2');
      await page.waitForSelector(tid('members-chip-level'), { state: 'visible', timeout: T.short });
      await page.waitForSelector(tid(`members-select-${made[2].id}`), { state: 'visible', timeout: T.short });
      await page.locator(tid(`members-select-${made[2].id}`)).click();
      await page.locator(tid(`members-select-${made[4].id}`)).click();
      await page.waitForSelector(tid('members-bulk'), { state: 'visible', timeout: T.short });
      await settle(page);
      await shot(t, page, `${lang}-${theme}-list`);

      await page.locator(tid(`members-row-${made[0].id}`)).click();
      await page.waitForSelector(tid('member-groups'), { state: 'visible', timeout: T.short });
      await settle(page);
      await shot(t, page, `${lang}-${theme}-drawer`);
      await page.locator(tid('member-groups')).scrollIntoViewIfNeeded();
      await settle(page);
      await shot(t, page, `${lang}-${theme}-drawer-groups`);
      await page.keyboard.press('Escape');
      await page.waitForSelector(tid('member-drawer'), { state: 'hidden', timeout: T.short });

      await page.locator(tid('bulk-export')).click();
      await page.waitForSelector(tid('export-dialog'), { state: 'visible', timeout: T.short });
      await settle(page);
      await shot(t, page, `${lang}-${theme}-export`);
      await page.keyboard.press('Escape');

      await page.locator(tid('members-duplicates')).click();
      await page.waitForSelector('[data-testid^="merge-"][data-testid$="-' + made[5].id + '"]', { timeout: T.normal });
      await settle(page);
      await shot(t, page, `${lang}-${theme}-merge`);
      await page.keyboard.press('Escape');
    }
    await call(page, 'MembersAPI.Bulk', { selection: { ids: [made[9].id], filter: null }, action: 'trash', tags: [], groupId: 0, role: '' });
    await reload(page);
    await openMembers(page);
    await page.locator(tid('members-trash-toggle')).click();
    await page.waitForSelector(tid(`members-row-${made[9].id}`), { timeout: T.short });
    await settle(page);
    await shot(t, page, 'en-dark-trash');
    assert.equal(await page.locator('[data-testid^="members-row-"]').count(), 1);
  },
};
