// Closing the app in the middle of a 1,000,000-message activity import (as
// the window's close does: SIGTERM quits through the same path): it exits
// within 3 s, and the database, reopened, holds nothing of the import and is
// intact.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const MESSAGES = 1_000_000;
const CLOSE_BUDGET_MS = 3000;

/** Writes a WhatsApp export of n messages from 500 senders. */
async function writeBigChat(path, n) {
  const out = createWriteStream(path);
  const pad = (v) => String(v).padStart(2, '0');
  const start = Date.UTC(2025, 10, 1);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 2000);
    const at = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    chunk += `${at} - 粉丝${String((i * 7919) % 500).padStart(3, '0')}: 今天直播几点 ${i}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((r) => out.once('finish', r));
}

const sql = (db, query) => execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();

export default {
  name: 'closing during a 1M-message import exits within 3 s and stores nothing',
  timeout: 120000,
  async run(t) {
    const chat = join(t.dir, 'big.txt');
    await writeBigChat(chat, MESSAGES);
    const { app, page } = await t.open();

    const quarter = await page.evaluate((path) => new Promise((resolve, reject) => {
      window.runtime.EventsOn('activity:progress', (p) => { if (p.done > p.total / 4) resolve(p); });
      window.runtime.EventsOn('activity:done', () => reject(new Error('the import ended before the close')));
      window.go.app.ActivityAPI.Start({ path, groupId: 0, choices: {} });
    }), chat);
    t.log(`closing at ${quarter.done} of ${quarter.total} bytes`);

    const asked = Date.now();
    process.kill(app.proc.pid, 'SIGTERM');
    const exited = await Promise.race([app.proc.exited, new Promise((r) => setTimeout(() => r(null), 10000))]);
    const took = Date.now() - asked;
    t.log(`exited ${exited ? `with code ${exited.exitCode}` : 'not at all'} after ${took} ms`);
    assert.ok(exited, 'the app did not exit');
    assert.equal(exited.exitCode, 0);
    assert.ok(took <= CLOSE_BUDGET_MS, `the app took ${took} ms to exit (budget ${CLOSE_BUDGET_MS} ms)`);

    assert.equal(sql(t.dbPath, 'PRAGMA integrity_check'), 'ok');
    assert.equal(sql(t.dbPath, 'SELECT count(*) FROM events'), '0');
    assert.equal(sql(t.dbPath, 'SELECT count(*) FROM members'), '0');
  },
};
