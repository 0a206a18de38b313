// The planner's drags are pointer events, not HTML5 drag and drop (the real
// window turns the webview's drop off for Wails' file drop; .ci/window-drag.sh
// checks them there). With the weekly SOP applied from this Monday:
// a click (no movement) still opens an item, and Enter opens the focused one;
// the Monday vote dragged with Control held to Thursday 10:00 is copied there
// (a dashed outline shows where it will land while dragging) and stays put;
// a drag cancelled with Escape changes nothing; the Wednesday Q&A's lower edge
// dragged an hour down lasts 90 minutes; in the month, the Friday preview
// dragged to Saturday keeps its clock time, and the Sunday red packet
// dragged with Control onto this Monday is copied there.
import assert from 'node:assert/strict';
import { tid, call, until, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';
import { HOUR_PX, addDays, drag, dragChip, dragItem, monday, openPlanner, pointIn } from '../lib/planner.mjs';

export default {
  name: 'planner pointer drags: click and Enter open, Ctrl copies, Escape cancels, resize, month move and copy',
  timeout: 45_000,
  async run(t) {
    const { page } = await t.open();
    const group = await call(page, 'GroupsAPI.Create', groupInput({ name: '拖动测试群' }));
    const week = monday(await call(page, 'PlannerAPI.TodayDate'));
    const day = (n) => addDays(week, n);
    const items = await call(page, 'PlannerAPI.ApplyTemplate', { groupId: group.id, template: 'weekly_sop', start: week, weeks: 1, ownerId: 0 });
    const at = (start) => items.find((it) => it.start === start);
    const [vote, qa, preview, packet] = [at(`${day(0)}T20:00`), at(`${day(2)}T20:00`), at(`${day(4)}T19:30`), at(`${day(6)}T20:00`)];
    assert.ok(vote && qa && preview && packet, 'the weekly SOP made its Monday, Wednesday, Friday and Sunday items');
    const stored = async () => call(page, 'PlannerAPI.Range', week, day(14), group.id);
    const byId = async (id) => (await stored()).find((it) => it.id === id);

    await openPlanner(page);
    const voteBox = page.locator(tid(`planner-item-${vote.id}`));
    await voteBox.waitFor({ state: 'visible', timeout: T.normal });

    // A click without movement opens the item; so does Enter on the focused item.
    await voteBox.click();
    await page.locator(tid('planner-editor')).waitFor({ state: 'visible', timeout: T.short });
    await page.keyboard.press('Escape');
    await page.locator(tid('planner-editor')).waitFor({ state: 'hidden', timeout: T.short });
    await voteBox.focus();
    await page.keyboard.press('Enter');
    await page.locator(tid('planner-editor')).waitFor({ state: 'visible', timeout: T.short });
    await page.keyboard.press('Escape');
    await page.locator(tid('planner-editor')).waitFor({ state: 'hidden', timeout: T.short });

    // Control held: a copy on Thursday 10:00, the outline showing it on the way.
    await voteBox.scrollIntoViewIfNeeded();
    const from = await pointIn(page, `planner-item-${vote.id}`, 10, 4);
    const to = await pointIn(page, `planner-col-${day(3)}`, 20, 10 * HOUR_PX + 4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.locator(tid(`planner-ghost-${day(3)}`)).waitFor({ state: 'visible', timeout: T.short });
    await page.keyboard.down('Control');
    await page.mouse.move(to.x, to.y + 1);
    await page.mouse.up();
    await page.keyboard.up('Control');
    await until(async () => (await stored()).some((it) => it.start === `${day(3)}T10:00` && it.title === vote.title),
      { what: 'a copy of the vote on Thursday 10:00' });
    assert.equal((await byId(vote.id)).start, `${day(0)}T20:00`, 'the copied vote stays on Monday 20:00');
    assert.equal(await page.locator(tid('planner-editor')).isVisible(), false, 'the drag does not open the item');
    assert.equal(await page.locator('[data-testid^="planner-ghost-"]').count(), 0, 'no outline once dropped');

    // Escape during a drag: nothing moves.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.keyboard.press('Escape');
    await page.mouse.up();

    // The Q&A's lower edge an hour down: 30 → 90 minutes. (Stored after
    // anything the cancelled drag could have sent: the vote is still on Monday.)
    const grip = await pointIn(page, `planner-resize-${qa.id}`, 10, 2);
    await drag(page, grip, { x: grip.x, y: grip.y + HOUR_PX });
    await until(async () => (await byId(qa.id)).minutes === 90, { what: 'the Q&A lasting 90 minutes' });
    assert.equal((await byId(vote.id)).start, `${day(0)}T20:00`, 'the cancelled drag leaves the vote on Monday');

    // The drag the other specs use still moves: the vote to Tuesday 12:00.
    await dragItem(page, vote.id, day(1), 12);
    await until(async () => (await byId(vote.id)).start === `${day(1)}T12:00`, { what: 'the vote on Tuesday 12:00' });

    // The month: the preview to Saturday at its own time; the red packet copied to Monday.
    await page.locator(tid('planner-mode-month')).click();
    await page.locator(tid(`planner-chip-${preview.id}`)).waitFor({ state: 'visible', timeout: T.normal });
    await dragChip(page, preview.id, day(5));
    await until(async () => (await byId(preview.id)).start === `${day(5)}T19:30`, { what: 'the preview on Saturday 19:30' });
    await page.locator(`${tid(`planner-cell-${day(0)}`)}`).waitFor({ state: 'visible', timeout: T.short });
    await dragChip(page, packet.id, day(0), { copy: true });
    await until(async () => (await stored()).some((it) => it.start === `${day(0)}T20:00` && it.title === packet.title),
      { what: 'a copy of the red packet on Monday 20:00' });
    assert.equal((await byId(packet.id)).start, `${day(6)}T20:00`, 'the copied red packet stays on Sunday');
    assert.equal(await page.locator(tid('planner-editor')).isVisible(), false, 'no drag opened an item');
  },
};
