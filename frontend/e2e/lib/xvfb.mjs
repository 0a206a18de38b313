// A private X server for the app's (hidden) GTK window. Xvfb picks a free
// display number itself (-displayfd) so parallel runs never collide.
import { start, stop, running } from './proc.mjs';

export async function startXvfb({ timeoutMs = 10000 } = {}) {
  const p = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const fd3 = p.child.stdio[3];
  const display = await new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => reject(new Error(`Xvfb did not report a display within ${timeoutMs} ms:\n${p.output}`)), timeoutMs);
    fd3.on('data', (d) => {
      buf += d.toString();
      const m = buf.match(/^(\d+)\s*\n/);
      if (m) { clearTimeout(t); resolve(`:${m[1]}`); }
    });
    p.exited.then(() => { clearTimeout(t); reject(new Error(`Xvfb exited (code ${p.exitCode}):\n${p.output}`)); });
  });
  fd3.destroy();
  if (!running(p)) throw new Error(`Xvfb exited:\n${p.output}`);
  return { display, proc: p, stop: () => stop(p, 3000) };
}
