#!/usr/bin/env node
// Browser end-to-end tests of Qunzhu: the real Go backend (a `desktop,dev`
// build serving frontend/dist and the bindings) driven by headless Chromium.
//
//   cd frontend && npm run build && node e2e/run.mjs [filter ...]
//
// Env: QUNZHU_APP_DEV=path of a prebuilt dev binary (else it is built into
// <repo>/.out/app-dev), CHROMIUM=path (default /usr/bin/chromium),
// QUNZHU_E2E_DIST=another built frontend (default frontend/dist).
// Screenshots (and, on failure, app logs) go to frontend/test-results/.
// The last line printed is always "N passed, M failed"; exit code 1 on any failure.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, copyFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { killAllSync, stopAll, withTimeout } from './lib/proc.mjs';
import { startXvfb } from './lib/xvfb.mjs';
import { ensureBinary, requireDist, startApp } from './lib/app.mjs';
import { loadCatalogs } from './lib/i18n.mjs';
import { openApp, T } from './lib/ui.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const FRONTEND = resolve(HERE, '..');
const REPO = resolve(FRONTEND, '..');
const SOURCE_DIST = process.env.QUNZHU_E2E_DIST ? resolve(process.env.QUNZHU_E2E_DIST) : join(FRONTEND, 'dist');
const RESULTS = join(FRONTEND, 'test-results');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const RUN_BUDGET_MS = 600_000; // the whole run, build included, stays under 10 minutes
const SPEC_TIMEOUT_MS = 30_000;
const T0 = Date.now();

const tmpRoot = mkdtempSync(join(tmpdir(), 'qunzhu-e2e-'));
// Every spec runs against one snapshot of the built frontend, so a concurrent
// `npm run build` (which empties dist/) cannot pull it away mid-run.
const DIST = join(tmpRoot, 'dist');
let browser = null;
let xvfb = null;
const results = []; // {name, ok, error, ms}
let specs = [];
let finished = false;

function cleanupSync() {
  killAllSync();
  try { rmSync(tmpRoot, { recursive: true, force: true }); } catch { /* best effort */ }
}
process.on('exit', cleanupSync);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.log(`# interrupted by ${sig}`);
    summaryAndExit(1, `interrupted by ${sig}`);
  });
}

function summaryAndExit(code, reason) {
  if (finished) return;
  finished = true;
  // Specs that never got to run count as failures.
  for (const s of specs) {
    if (!results.some((r) => r.file === s.file)) {
      results.push({ file: s.file, name: s.name, ok: false, error: reason || 'not run' });
      console.log(`not ok - ${s.name}: ${reason || 'not run'}`);
    }
  }
  cleanupSync();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || code ? 1 : 0);
}

const watchdog = setTimeout(() => {
  console.log(`# the run exceeded its ${RUN_BUDGET_MS / 1000} s budget; stopping everything`);
  summaryAndExit(1, 'run budget exceeded');
}, RUN_BUDGET_MS);

async function loadSpecs(filters) {
  const dir = join(HERE, 'specs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const out = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    const spec = mod.default;
    if (!spec || typeof spec.run !== 'function') throw new Error(`specs/${f} must export default {name, run}`);
    const name = spec.name || f;
    if (filters.length && !filters.some((x) => f.includes(x) || name.includes(x))) continue;
    out.push({ ...spec, name, file: f, base: basename(f, '.mjs') });
  }
  return out;
}

async function runSpec(spec, env) {
  const dir = mkdtempSync(join(tmpRoot, `${spec.base}-`));
  const context = await browser.newContext({
    locale: 'zh-CN', colorScheme: 'light', viewport: { width: 1280, height: 800 },
  });
  context.setDefaultTimeout(T.normal);
  const apps = [];
  const consoleErrors = [];
  const t = {
    dir,
    dbPath: join(dir, 'q.db'),
    repo: REPO,
    binary: env.binary,
    i18n: env.i18n,
    context,
    page: null,
    log: (...a) => console.log('#    ', ...a),
    /** Starts the real backend (default: this spec's fresh database). */
    async startApp({ dbPath } = {}) {
      const app = await startApp({
        binary: env.binary, distDir: DIST, display: env.display,
        dbPath: dbPath ?? t.dbPath, cwd: dir, logFile: join(dir, `app${apps.length}.log`),
      });
      apps.push(app);
      return app;
    },
    /** A new page in this spec's browser context, opened on app (when given). */
    async newPage(app, { expect = 'app-shell', context: ctx = context } = {}) {
      const page = await ctx.newPage();
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('pageerror', (e) => {
        // Wails' dev-mode overlay (/wails/ipc.js) throws harmlessly in a plain browser.
        if (!/\/wails\/(ipc|runtime)\.js/.test(e.stack || '')) consoleErrors.push(`pageerror: ${e.stack || e.message}`);
      });
      t.page = page;
      if (app) await openApp(page, app.url, { expect });
      return page;
    },
    /** Fresh database, backend and page, shell visible. */
    async open() {
      const app = await t.startApp();
      const page = await t.newPage(app);
      return { app, page };
    },
  };

  const started = Date.now();
  let error = null;
  try {
    await withTimeout(Promise.resolve().then(() => spec.run(t)), spec.timeout ?? SPEC_TIMEOUT_MS, `spec "${spec.name}"`);
  } catch (e) {
    error = e;
  }
  const ms = Date.now() - started;
  // index.html's Content-Security-Policy: a violation fails the spec.
  const csp = consoleErrors.find((l) => /Content Security Policy/.test(l));
  if (!error && csp) error = new Error(`Content-Security-Policy violation: ${csp}`);

  if (t.page && !t.page.isClosed()) {
    await t.page.screenshot({ path: join(RESULTS, `${spec.base}.png`), fullPage: true, timeout: 5000 })
      .catch((e) => console.log(`#     (no screenshot: ${e.message.split('\n')[0]})`));
  }
  if (error) {
    for (const [i, app] of apps.entries()) {
      for (const f of [app.logFile, `${join(dir, `app${i}.log`)}.restart`]) {
        if (f && existsSync(f)) try { copyFileSync(f, join(RESULTS, `${spec.base}.${basename(f)}`)); } catch { /* ignore */ }
      }
    }
  }
  await withTimeout(context.close(), 5000, 'closing the browser context').catch(() => {});
  await Promise.all(apps.map((a) => a.stop().catch(() => {})));
  try { rmSync(dir, { recursive: true, force: true }); } catch { /* ignore */ }
  return { ok: !error, error, ms, consoleErrors };
}

async function main() {
  const filters = process.argv.slice(2);
  specs = await loadSpecs(filters);
  if (!specs.length) throw new Error(`no spec matches ${JSON.stringify(filters)}`);
  mkdirSync(RESULTS, { recursive: true });

  // Setup; any failure here fails every spec with the reason.
  let env;
  try {
    requireDist(SOURCE_DIST);
    cpSync(SOURCE_DIST, DIST, { recursive: true });
    requireDist(DIST);
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM)`);
    let chromium;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch {
      throw new Error('playwright-core is not installed: run `npm install --no-audit --no-fund` in frontend/');
    }
    const i18n = loadCatalogs(join(REPO, 'locales'));
    const binary = await ensureBinary(REPO, { timeoutMs: 100_000 });
    xvfb = await startXvfb();
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true, timeout: 20000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    env = { binary, i18n, display: xvfb.display };
    console.log(`# ${specs.length} specs; app ${binary}; display ${xvfb.display}; setup ${((Date.now() - T0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.log(`# setup failed: ${e.message}`);
    summaryAndExit(1, `setup failed: ${e.message.split('\n')[0]}`);
    return;
  }

  for (const spec of specs) {
    const r = await runSpec(spec, env);
    results.push({ file: spec.file, name: spec.name, ...r });
    const secs = (r.ms / 1000).toFixed(1);
    if (r.ok) {
      console.log(`ok - ${spec.name} (${secs} s)`);
    } else {
      console.log(`not ok - ${spec.name} (${secs} s)`);
      for (const line of String(r.error?.stack || r.error).split('\n').slice(0, 12)) console.log(`#     ${line}`);
      for (const line of r.consoleErrors.filter((l) => !/ipc\.js|favicon|Failed to load resource/.test(l)).slice(0, 5)) {
        console.log(`#     console: ${line.replace(/\s*\n\s*/g, ' | ').slice(0, 300)}`);
      }
    }
  }

  await withTimeout(browser.close(), 10000, 'closing chromium').catch(() => {});
  browser = null;
  await xvfb.stop();
  await stopAll();
  clearTimeout(watchdog);
  console.log(`# total ${((Date.now() - T0) / 1000).toFixed(1)} s; screenshots in ${RESULTS}`);
  summaryAndExit(0);
}

main().catch((e) => {
  console.log(`# runner error: ${e.stack || e}`);
  summaryAndExit(1, `runner error: ${e.message}`);
});
