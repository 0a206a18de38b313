// Planner helpers: wall-clock days, the weekly SOP worked out by hand, and
// the planner screen's template dialog, week drag and violation form.
import { tid, selectOption, T } from './ui.mjs';

/** day (YYYY-MM-DD) plus n days. */
export const addDays = (day, n) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** 0 for Monday … 6 for Sunday. */
export const mondayIndex = (day) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The Monday of day's week (the planner's weeks start on Monday). */
export const monday = (day) => addDays(day, -mondayIndex(day));

/** The seeds' weekly SOP (backend/planner/templates.go), Monday = 0, with
 *  each kind's default category (backend/planner/item.go). */
export const WEEKLY_SOP = [
  { weekday: 0, time: '20:00', kind: 'vote', category: 'useful' },
  { weekday: 2, time: '20:00', kind: 'live_qa', category: 'useful' },
  { weekday: 4, time: '19:30', kind: 'preview', category: 'useful' },
  { weekday: 6, time: '20:00', kind: 'red_packet', category: 'emotional' },
  { weekday: 6, time: '20:10', kind: 'exclusive', category: 'useful' },
];

/** The items the weekly SOP makes from start for weeks weeks, in time order:
 *  each step first on its weekday on or after start, then every 7 days. */
export function weeklySop(start, weeks) {
  const out = [];
  for (const s of WEEKLY_SOP) {
    const first = addDays(start, (s.weekday - mondayIndex(start) + 7) % 7);
    for (let w = 0; w < weeks; w++) {
      const day = addDays(first, 7 * w);
      out.push({ ...s, day, start: `${day}T${s.time}` });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

/** Opens the Planner screen (its calendar tab) from the sidebar. */
export async function openPlanner(page) {
  await page.locator(tid('nav-planner')).click();
  await page.waitForSelector(tid('planner-week'), { state: 'visible', timeout: T.normal });
}

/** Applies a template through the dialog: the group by its name, the start
 *  day typed into the date picker, the default number of weeks. */
export async function applyTemplate(page, { template = 'weekly_sop', group, start }) {
  await page.locator(tid('planner-apply')).click();
  await page.waitForSelector(tid(`planner-template-${template}`), { state: 'visible', timeout: T.short });
  if (group) await selectOption(page, 'planner-apply-group', group);
  await page.locator(tid(`planner-template-${template}`)).click();
  if (start) {
    const input = page.locator(`${tid('planner-apply-start')} input`);
    await input.fill(start);
    await input.press('Enter');
    await page.waitForFunction(({ sel, start }) => document.querySelector(sel)?.value === start,
      { sel: `${tid('planner-apply-start')} input`, start }, { timeout: T.short });
  }
  await page.locator(tid('planner-apply-confirm')).click();
  await page.locator(tid('planner-apply-dialog')).waitFor({ state: 'hidden', timeout: T.normal });
}

/** The week grid's pixels per hour (WeekGrid.vue). */
export const HOUR_PX = 36;

/** Presses the mouse at from, moves to to in steps and lets go, with Control
 *  held from the last step when copy (the planner drags with pointer events). */
export async function drag(page, from, to, { copy = false, steps = 8 } = {}) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
  if (copy) await page.keyboard.down('Control');
  await page.mouse.move(to.x, to.y + 1);
  await page.mouse.up();
  if (copy) await page.keyboard.up('Control');
}

/** The page position of the point x, y px into the element id. */
export async function pointIn(page, id, x, y) {
  const box = await page.locator(tid(id)).boundingBox();
  if (!box) throw new Error(`${id} is not shown`);
  return { x: box.x + x, y: box.y + y };
}

/** Drags an item of the visible week onto day at hour:00 (grabbed 4 px into
 *  the item, dropped 4 px below the hour line, as the grid snaps to 15 minutes);
 *  copy holds Control. */
export async function dragItem(page, id, day, hour, { copy = false } = {}) {
  await page.locator(tid(`planner-item-${id}`)).scrollIntoViewIfNeeded();
  const from = await pointIn(page, `planner-item-${id}`, 10, 4);
  const to = await pointIn(page, `planner-col-${day}`, 20, hour * HOUR_PX + 4);
  await drag(page, from, to, { copy });
}

/** Drags a chip of the visible month onto day's cell; copy holds Control. */
export async function dragChip(page, id, day, { copy = false } = {}) {
  const from = await pointIn(page, `planner-chip-${id}`, 10, 4);
  const to = await pointIn(page, `planner-cell-${day}`, 40, 60);
  await drag(page, from, to, { copy });
}

/** Opens the rules and moderation tab of the Planner screen. */
export async function openRules(page, tabLabel) {
  await page.locator('.n-tabs-tab', { hasText: tabLabel }).click();
  await page.waitForSelector(tid('planner-rules'), { state: 'visible', timeout: T.normal });
}

/** Picks the member (typed, then chosen by nickname) and the rule in the
 *  violation form and waits for the proposed step. */
export async function chooseViolation(page, nick, rule) {
  await page.locator(`${tid('violation-member')} .n-base-selection`).click();
  await page.keyboard.type(nick);
  await page.locator('.n-base-select-option:visible', { hasText: nick }).first().click();
  await selectOption(page, 'violation-rule', rule);
  await page.locator(tid('violation-proposal')).waitFor({ state: 'visible', timeout: T.short });
}
