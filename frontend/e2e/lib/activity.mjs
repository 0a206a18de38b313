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

const pad = (n) => String(n).padStart(2, '0');

/** A local Date as YYYY-MM-DD. */
export const ymd = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A WhatsApp (Android) export line daysAgo days before today at hh:mm, with
 *  its instant (at, ms) to sort by: "DD.MM.YYYY, hh:mm - name: text". */
export function whatsappLine(daysAgo, hh, mm, name, text) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hh, mm, 0, 0);
  return { at: d.getTime(), text: `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(hh)}:${pad(mm)} - ${name}: ${text}` };
}

/** The last three weeks of a group's WhatsApp chat, as export lines, oldest
 *  first (30 messages). In the last 7 days: 大明 4 a day on days 1–6 ago
 *  (at 08:00, 08:10, 12:30, 20:00 — the best windows), 小红 and 小刚 twice
 *  each: 28 messages by 3 speakers. 阿强 only 20 and 21 days ago. In the
 *  last 3 days only 大明 and 小红 spoke, so 小刚 and 阿强 (and any member
 *  who never speaks) are silent. */
export function threeWeeksChat() {
  const line = whatsappLine;
  const out = [];
  for (let i = 1; i <= 6; i++) {
    out.push(line(i, 8, 0, '大明', '早上好'), line(i, 8, 10, '大明', '今天几点直播？'), line(i, 12, 30, '大明', '午饭时间到'),
      line(i, 20, 0, '大明', '晚上好'));
  }
  out.push(line(2, 20, 15, '小红', '好的'), line(5, 20, 30, '小红', '哈哈'));
  out.push(line(4, 13, 0, '小刚', '收到'), line(6, 7, 30, '小刚', '早'));
  out.push(line(20, 9, 0, '阿强', '大家好'), line(21, 9, 0, '阿强', '在吗'));
  return out.sort((a, b) => a.at - b.at).map((l) => l.text);
}

/** Imports a chat export through ActivityAPI.Start (req: {path, groupId,
 *  choices}) and resolves with the "activity:done" payload (its report);
 *  rejects on "activity:failed". */
export async function importChat(page, req) {
  return page.evaluate((req) => new Promise((resolve, reject) => {
    window.runtime.EventsOn('activity:done', resolve);
    window.runtime.EventsOn('activity:failed', (p) => reject(new Error(JSON.stringify(p))));
    window.go.app.ActivityAPI.Start(req);
  }), req);
}
