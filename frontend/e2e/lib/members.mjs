// Member helpers shared by the specs: seeding through the real bindings and
// reading the virtual table.
import { tid, call, T } from './ui.mjs';

/** A complete MemberInputDTO with sensible defaults. */
export function memberInput(over = {}) {
  return {
    nickname: 'fan', remark: '', platform: 'douyin', platformId: '', followSince: '', fanLevel: 0,
    ironFan: false, source: 'manual', tags: [], notes: '', ...over,
  };
}

/** Creates the members (nickname strings or partial inputs) and returns the MemberDTOs. */
export async function seedMembers(page, list) {
  const out = [];
  for (const m of list) out.push(await call(page, 'MembersAPI.Create', memberInput(typeof m === 'string' ? { nickname: m } : m)));
  return out;
}

/** Opens the members screen and waits for the table (or an empty state). */
export async function openMembers(page, { expect = 'members-table' } = {}) {
  await page.locator(tid('nav-members')).click();
  await page.waitForSelector(tid(expect), { state: 'visible', timeout: T.normal });
}

/** The ids of the rows the table shows, top to bottom. */
export async function rowIds(page) {
  return page.$$eval('[data-testid^="members-row-"]', (rows) =>
    rows.map((r) => Number(r.getAttribute('data-testid').slice('members-row-'.length))));
}

/** Waits until the table shows exactly these ids, in this order. */
export async function waitRows(page, ids, { timeout = T.short } = {}) {
  const want = JSON.stringify(ids);
  try {
    await page.waitForFunction((want) => {
      const got = [...document.querySelectorAll('[data-testid^="members-row-"]')]
        .map((r) => Number(r.getAttribute('data-testid').slice('members-row-'.length)));
      return JSON.stringify(got) === want;
    }, want, { timeout });
  } catch {
    throw new Error(`members-table rows: expected ${want}, got ${JSON.stringify(await rowIds(page))}`);
  }
}

/** Types into the search box (the list follows after its short debounce). */
export async function search(page, text) {
  await page.locator(tid('members-search')).fill(text);
}
