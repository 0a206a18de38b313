// Pasted names are people by their exact name: two members named 王伟 make
// a pasted 王伟 ambiguous (the preview lists their numbers and credits
// neither), 小美 and 小美🌸 are two entrants, marks around a name are
// dropped, and a name of invisible marks only is left out as invalid.
import { tid, fill, waitText } from '../lib/ui.mjs';
import { seedMembers } from '../lib/members.mjs';

const COMMENTS = [
  '王伟: 抽我',
  '小美: 抽我',
  '小美🌸: 抽我',
  '\u202a小美\u202c: 再抽我',
  '\u200b\u200f: 抽我',
].join('\n');

export default {
  name: 'lottery entrants from pasted comments are exact names; namesakes are reported',
  timeout: 30_000,
  async run(t) {
    const tr = (key, params) => t.i18n.t('zh-CN', key, params);
    const { page } = await t.open();
    const [a, b] = await seedMembers(page, [
      { nickname: '王伟', platformId: 'dy_1' }, { nickname: '王伟', platformId: 'dy_2' }, '小美']);

    await page.locator(tid('nav-lottery')).click();
    await page.locator(tid('lottery-new')).click();
    await fill(page, 'lottery-title', '同名测试');
    await page.locator(tid('lottery-from-comments')).click();
    await page.locator(`textarea${tid('lottery-text')}`).fill(COMMENTS);
    await page.locator(tid('lottery-preview')).click();
    await waitText(page, 'lottery-preview-count', new RegExp([
      tr('ui.lottery.preview_count', { People: '3', Lines: '3', Read: '5' }),
      tr('ui.lottery.excluded.invalid_name', { Count: '1' }),
    ].join('.*')));
    await waitText(page, 'lottery-preview-count', new RegExp(tr('ui.lottery.excluded.repeat', { Count: '1' })));
    await waitText(page, 'lottery-preview-names', ['王伟', '小美', '小美🌸'].join(tr('ui.common.list_sep')));
    await waitText(page, 'lottery-preview-ambiguous',
      tr('ui.lottery.ambiguous_names', { Names: `王伟 (#${a.id}${tr('ui.common.list_sep')}#${b.id})` }));
  },
};
