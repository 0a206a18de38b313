// Charts saved as PNG files: the save button answers a native save dialog
// (see lib/dialogs.mjs), and the file written is read back as a PNG.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { answerDialog } from './dialogs.mjs';
import { tid, until, T } from './ui.mjs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG file: its size from IHDR and its top-left pixel [r, g, b, a]
 *  (the first pixel reads the same whatever the row's filter). Throws unless
 *  the file starts with the PNG signature and an IHDR chunk. */
export function readPng(path) {
  const b = readFileSync(path);
  assert.ok(b.length > 33, `${path}: ${b.length} bytes is too short for a PNG`);
  assert.deepEqual([...b.subarray(0, 8)], [...SIGNATURE], `${path}: the PNG signature`);
  assert.equal(b.readUInt32BE(8), 13, `${path}: IHDR is 13 bytes`);
  assert.equal(b.subarray(12, 16).toString('latin1'), 'IHDR', `${path}: the first chunk is IHDR`);
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const [depth, colorType] = [b[24], b[25]];
  const idat = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = { 2: 3, 6: 4 }[colorType];
  const topLeft = depth === 8 && channels ? [...raw.subarray(1, 1 + channels)] : null;
  if (topLeft && channels === 3) topLeft.push(255);
  return { width, height, bytes: b.length, topLeft };
}

/** Clicks a chart's save button with the save dialog answered by path; waits
 *  for the file and the message naming it (t.i18n wording, in lang), and
 *  returns the PNG read back. answer is what the dialog answers, when it is
 *  not the path the file is expected at. */
export async function saveChart(page, t, lang, testid, path, { answer = path } = {}) {
  answerDialog(t, 'save', answer);
  await page.locator(tid(`${testid}-save`)).click();
  await until(() => existsSync(path), { what: `${path} written`, timeout: T.normal });
  const saved = t.i18n.t(lang, 'ui.health.chart.saved', { Path: path });
  await page.locator('.n-message', { hasText: saved }).first().waitFor({ timeout: T.short });
  return readPng(path);
}

/** The CSS width of the chart canvas in the element with this testid. */
export const canvasWidth = (page, testid) =>
  page.locator(`${tid(testid)} canvas`).first().evaluate((c) => c.getBoundingClientRect().width);
