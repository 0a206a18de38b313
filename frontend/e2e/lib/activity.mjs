// Activity-screen helpers shared by the 40-activity-* specs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tid, T } from './ui.mjs';
import { dropFile } from './imports.mjs';

/** Opens the Activity screen from the sidebar. */
export async function openActivity(page) {
  await page.locator(tid('nav-activity')).click();
  await page.waitForSelector(tid('activity-view'), { state: 'visible', timeout: T.normal });
}

/** Writes a chat export (UTF-8, \n line ends) to dir/name and returns the path. */
export function writeChat(dir, name, lines) {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
  return path;
}

/** Drops a file on the Activity screen, as Wails does. */
export const dropChat = (page, path) => dropFile(page, path, 'activity-view');
