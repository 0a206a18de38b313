// A database written by a newer schema is refused with the localized
// "newer version" message on the startup-error screen.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../lib/proc.mjs';
import { appEnv } from '../lib/app.mjs';
import { tid, text, T } from '../lib/ui.mjs';
import { K } from '../lib/keys.mjs';

/** The sqlite3 CLI; installed with apt-get only when missing and running as root. */
async function sqlite3() {
  const which = await run('sh', ['-c', 'command -v sqlite3'], { timeoutMs: 5000 });
  if (which.code === 0) return which.output.trim();
  if (process.getuid?.() !== 0) {
    throw new Error('sqlite3 is not installed and this run is not root: install it (apt-get install -y sqlite3) to run this spec');
  }
  const r = await run('apt-get', ['install', '-y', '--no-install-recommends', 'sqlite3'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeoutMs: 60000,
  });
  if (r.code !== 0 || !existsSync('/usr/bin/sqlite3')) throw new Error(`apt-get install sqlite3 failed:\n${r.output.slice(-1500)}`);
  return '/usr/bin/sqlite3';
}

export default {
  name: 'a newer-schema database shows the localized startup error',
  timeout: 45000,
  async run(t) {
    const db = join(t.dir, 'future.db');
    // The app binary doubles as the CLI (a subcommand skips the window).
    const cli = process.env.QUNZHU_CLI || t.binary;
    const made = await run(cli, ['--db', db, 'groups', 'list'], { env: appEnv(), cwd: t.dir, timeoutMs: 20000 });
    assert.equal(made.code, 0, `CLI groups list failed: ${made.output}`);
    assert.ok(existsSync(db), 'the CLI created the database');

    const sq = await sqlite3();
    const ins = await run(sq, [db, "INSERT INTO schema_migrations(version,name) VALUES (999,'future'); SELECT max(version) FROM schema_migrations;"], { timeoutMs: 10000 });
    assert.equal(ins.code, 0, `sqlite3 failed: ${ins.output}`);
    assert.equal(ins.output.trim(), '999');

    const app = await t.startApp({ dbPath: db });
    const page = await t.newPage(app, { expect: 'startup-error' });
    // The backend itself refuses with err.db.newer (independent of the UI).
    const refusal = await page.evaluate(async () => {
      try { await window.go.app.ShellAPI.Workspace(); return 'resolved'; } catch (e) { return e && e.message !== undefined ? e.message : e; }
    });
    const refusalText = typeof refusal === 'string' ? refusal : JSON.stringify(refusal);
    assert.match(refusalText, /err\.db\.newer/, `ShellAPI.Workspace() should reject with err.db.newer: ${refusalText}`);
    assert.equal(await page.evaluate(() => typeof window.go.app.GroupsAPI), 'undefined', 'only the shell is bound');
    assert.equal(await page.locator(tid('app-shell')).count(), 0, 'no app shell over a refused database');
    const msg = await text(page, 'startup-error', { timeout: T.short });
    const lang = 'zh-CN'; // nothing saved can be read, the browser is zh-CN: the fallback language
    assert.match(msg, t.i18n.pattern(lang, K.newerDB(t.i18n)), `startup-error should show err.db.newer in ${lang}; it shows: ${JSON.stringify(msg)}`);
    assert.ok(msg.includes('999'), `the message names the database's schema (999): ${msg}`);
    assert.ok(msg.includes('future.db'), `the message names the file: ${msg}`);

    // The refused database was not touched.
    const v = await run(sq, [db, 'SELECT max(version) FROM schema_migrations;'], { timeoutMs: 10000 });
    assert.equal(v.output.trim(), '999');
  },
};
