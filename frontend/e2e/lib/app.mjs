// The real app: a `desktop,dev` build of the Go binary serving frontend/dist
// plus the Go bindings on 127.0.0.1:PORT, its (hidden) window on Xvfb.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { start, stop, run, freePort, waitHttp, running } from './proc.mjs';

/** Path of the dev binary: $QUNZHU_APP_DEV, else `go build -tags desktop,dev` into .out/app-dev. */
export async function ensureBinary(repoRoot, { timeoutMs = 120000 } = {}) {
  const given = process.env.QUNZHU_APP_DEV;
  if (given) {
    if (!existsSync(given)) throw new Error(`QUNZHU_APP_DEV=${given} does not exist`);
    return given;
  }
  const out = join(repoRoot, '.out', 'app-dev');
  const t0 = Date.now();
  const r = await run('go', ['build', '-tags', 'desktop,dev', '-o', out, '.'], {
    cwd: repoRoot, env: process.env, timeoutMs,
  });
  if (r.code !== 0) {
    throw new Error(`go build -tags desktop,dev failed (code ${r.code}${r.signal ? ', ' + r.signal : ''}):\n${r.output.slice(-3000)}`);
  }
  console.log(`# built ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/** The environment the app runs with: no inherited locale (so the fallback
 *  language zh-CN applies unless a setting says otherwise), no session bus. */
export function appEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'devserver', 'assetdir', 'frontenddevserverurl', 'QUNZHU_DB']) delete env[k];
  return {
    ...env,
    NO_AT_BRIDGE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    // Nothing to talk to: keeps dbus autolaunch (and its daemons) out of the run.
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/qunzhu-e2e-bus',
    ...extra,
  };
}

/**
 * Starts the app on dbPath and waits until its dev server answers.
 * Returns {url, port, dbPath, logFile, proc, stop(), restart()}.
 */
export async function startApp({ binary, distDir, display, dbPath, cwd, logFile, port, timeoutMs = 15000 }) {
  port = port ?? await freePort();
  const env = appEnv({
    devserver: `127.0.0.1:${port}`,
    assetdir: distDir,
    QUNZHU_DB: dbPath,
    DISPLAY: display,
    // Native dialogs answer from files here (dev builds only): see lib/dialogs.mjs.
    QUNZHU_E2E_DIALOGS: join(cwd, 'dialogs'),
  });
  const proc = start(binary, [], { env, cwd, logFile });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitHttp(url, { timeoutMs, proc });
  } catch (e) {
    await stop(proc, 2000);
    throw e;
  }
  const app = {
    url, port, dbPath, logFile, proc,
    get running() { return running(app.proc); },
    async stop() { await stop(app.proc, 8000); },
    /** Stops it and starts it again on the same database and port. */
    async restart() {
      await app.stop();
      const next = await startApp({ binary, distDir, display, dbPath, cwd, logFile: logFile && `${logFile}.restart`, port, timeoutMs });
      app.proc = next.proc; app.logFile = next.logFile;
      return app;
    },
  };
  return app;
}

export function requireDist(distDir) {
  const index = join(distDir, 'index.html');
  if (!existsSync(index) || !statSync(index).isFile()) {
    throw new Error(`${index} is missing: run \`npm run build\` in frontend/ first (the e2e tests run the built frontend).`);
  }
}
