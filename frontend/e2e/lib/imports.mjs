// Import-screen helpers shared by the 30-import-* specs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, call, waitText, T } from './ui.mjs';

/** MembersAPI.Count's filter that selects every live member. */
export const everyone = {
  search: '', groupId: 0, platforms: [], tags: [], sources: [], joinedFrom: '', joinedTo: '', trash: false,
};

export const memberCount = (page) => call(page, 'MembersAPI.Count', everyone);

/** Opens the Import screen from the sidebar. */
export async function openImport(page) {
  await page.locator(tid('nav-import')).click();
  await page.waitForSelector(tid('import-view'), { state: 'visible', timeout: T.normal });
}

/** Writes text (UTF-8, with a BOM when bom is set) to dir/name and returns the path. */
export function writeCsv(dir, name, lines, { bom = false } = {}) {
  const path = join(dir, name);
  writeFileSync(path, (bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n', 'utf8');
  return path;
}

/**
 * Drops a file on the window as Wails does: the native side emits
 * "wails:file-drop" with the drop point and the paths, and the runtime's
 * OnFileDrop handler (drop targets only) takes it from there. view is the
 * screen's test id (the point dropped on is inside it).
 */
export async function dropFile(page, path, view = 'import-view') {
  const box = await page.locator(tid(view)).boundingBox();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + 40)];
  await page.evaluate(({ x, y, path }) => window.runtime.EventsEmit('wails:file-drop', x, y, [path]), { x, y, path });
}

/** Waits for the preview counts. */
export async function waitCounts(page, { total, valid, invalid }) {
  await waitText(page, 'import-count-total', String(total), { timeout: T.normal });
  await waitText(page, 'import-count-valid', String(valid));
  await waitText(page, 'import-count-invalid', String(invalid));
}

/** The text shown in a Naive UI select (its chosen label). */
export async function selectedLabel(page, id) {
  return (await page.locator(`${tid(id)} .n-base-selection-label`).first().innerText()).trim();
}

/**
 * Screenshots the page in the light and the dark theme (the app follows the
 * system's), with transitions off so the switch is instant, in a window tall
 * enough to show the whole screen (the content scrolls inside the layout, so
 * a full-page shot alone would cut it).
 */
export async function shoot(t, page, name) {
  const dir = join(t.repo, 'frontend', 'test-results');
  const size = page.viewportSize();
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  await page.setViewportSize({ width: size.width, height: 2200 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
  await still.evaluate((el) => el.remove());
}

/** A RegExp matching s literally, for waitText. */
export const literally = (s) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
