// Child processes the e2e run starts: spawned in their own process group,
// remembered, and stopped by PID (SIGTERM, wait, then SIGKILL) — never by name.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';

const live = new Set();

/** Spawns cmd in a new process group; output goes to logFile (or is kept in memory). */
export function start(cmd, args, { env, cwd, logFile, stdio } = {}) {
  const child = spawn(cmd, args, {
    env, cwd, detached: true,
    stdio: stdio ?? ['ignore', 'pipe', 'pipe'],
  });
  const p = { cmd, child, pid: child.pid, exitCode: undefined, signal: undefined, output: '' };
  p.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      p.exitCode = code; p.signal = signal; live.delete(p); resolve(p);
    });
    child.once('error', (err) => {
      p.exitCode = -1; p.output += `\n[spawn error] ${err.message}\n`; live.delete(p); resolve(p);
    });
  });
  if (child.pid) live.add(p);
  const sink = logFile ? createWriteStream(logFile) : null;
  for (const s of [child.stdout, child.stderr]) {
    if (!s) continue;
    s.on('data', (d) => {
      if (sink) sink.write(d);
      p.output = (p.output + d.toString()).slice(-20000);
    });
  }
  if (sink) p.exited.then(() => sink.end());
  return p;
}

export const running = (p) => p.exitCode === undefined;

function signalGroup(p, sig) {
  try { process.kill(-p.pid, sig); return; } catch { /* group gone or not a leader */ }
  try { process.kill(p.pid, sig); } catch { /* already gone */ }
}

/** SIGTERM the process, wait up to graceMs, then SIGKILL its process group. */
export async function stop(p, graceMs = 5000) {
  if (!p || !p.pid) return;
  if (running(p)) {
    try { process.kill(p.pid, 'SIGTERM'); } catch { /* gone */ }
    const timedOut = await Promise.race([
      p.exited.then(() => false),
      new Promise((r) => setTimeout(() => r(true), graceMs)),
    ]);
    if (timedOut) {
      signalGroup(p, 'SIGKILL');
      await Promise.race([p.exited, new Promise((r) => setTimeout(r, 3000))]);
    }
  }
  // Helpers the process left in its own group (e.g. WebKit's) go too.
  try { process.kill(-p.pid, 'SIGKILL'); } catch { /* none left */ }
}

/** Last-resort, synchronous: kill every process group still running. */
export function killAllSync() {
  for (const p of live) signalGroup(p, 'SIGKILL');
  live.clear();
}

export async function stopAll() {
  await Promise.all([...live].map((p) => stop(p, 3000)));
}

/** Runs a command to completion with a timeout; resolves {code, output}. */
export async function run(cmd, args, { env, cwd, timeoutMs = 60000 } = {}) {
  const p = start(cmd, args, { env, cwd });
  const t = setTimeout(() => signalGroup(p, 'SIGKILL'), timeoutMs);
  await p.exited;
  clearTimeout(t);
  return { code: p.exitCode, signal: p.signal, output: p.output };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls url until it answers 200; fails early when proc exits. */
export async function waitHttp(url, { timeoutMs = 15000, proc } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (proc && !running(proc)) {
      throw new Error(`${proc.cmd} exited (code ${proc.exitCode}, signal ${proc.signal}) before ${url} answered:\n${proc.output.slice(-2000)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) { await res.arrayBuffer(); return; }
      last = `HTTP ${res.status}`;
    } catch (e) { last = e.message; }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Rejects with a clear message when promise takes longer than ms. */
export function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise.finally(() => clearTimeout(t)),
    new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]);
}
