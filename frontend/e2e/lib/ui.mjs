// Small page helpers: data-testid selectors, Naive UI selects and dialogs,
// and calls into the real Go bindings (window.go.app.*).

export const tid = (id) => `[data-testid="${id}"]`;

export const T = { short: 5000, normal: 10000 };

/** Waits until the Wails bindings are injected into the page. */
export async function waitBindings(page, { timeout = T.normal } = {}) {
  await page.waitForFunction(() => !!(window.go && window.go.app && window.go.app.ShellAPI), null, { timeout });
}

/** Calls a bound Go method, e.g. call(page, 'GroupsAPI.List', false).
 *  A rejection is rethrown with the error's JSON for the assertion message. */
export async function call(page, method, ...args) {
  await waitBindings(page);
  const r = await page.evaluate(async ({ method, args }) => {
    const [svc, fn] = method.split('.');
    try {
      return { ok: true, value: await window.go.app[svc][fn](...args) };
    } catch (e) {
      let detail;
      try { detail = JSON.stringify(e, Object.getOwnPropertyNames(e)); } catch { detail = String(e); }
      return { ok: false, error: detail };
    }
  }, { method, args });
  if (!r.ok) throw new Error(`${method}(${args.map((a) => JSON.stringify(a)).join(', ')}) rejected: ${r.error}`);
  return r.value;
}

/** Opens url and waits for the app shell (or the startup error screen). Without
 *  a hash it opens the groups screen: the app itself opens on the dashboard once
 *  a group exists (spec 09), and the specs start from the groups screen. */
export async function openApp(page, url, { expect = 'app-shell', timeout = T.normal } = {}) {
  if (!new URL(url).hash) url = `${url}#groups`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.waitForSelector(tid(expect), { state: 'visible', timeout });
}

export async function reload(page, { expect = 'app-shell', timeout = T.normal } = {}) {
  await page.reload({ waitUntil: 'domcontentloaded', timeout });
  await page.waitForSelector(tid(expect), { state: 'visible', timeout });
}

/** Sets the language through the binding, then reloads so the shell picks it up. */
export async function setLanguageByBinding(page, lang) {
  await call(page, 'SettingsAPI.Update', { language: lang, theme: null, backupKeep: null });
  await reload(page);
}

export async function text(page, id, { timeout = T.short } = {}) {
  const loc = page.locator(tid(id));
  await loc.first().waitFor({ state: 'visible', timeout });
  return (await loc.first().innerText()).trim();
}

/** Waits until the element's text satisfies pred (string: equal after trim; RegExp: test). */
export async function waitText(page, id, want, { timeout = T.short } = {}) {
  const sel = tid(id);
  const isRe = want instanceof RegExp;
  try {
    await page.waitForFunction(({ sel, src, flags, isRe }) => {
      const el = document.querySelector(sel);
      if (!el) return false;
      const s = el.innerText.trim();
      return isRe ? new RegExp(src, flags).test(s) : s === src;
    }, { sel, src: isRe ? want.source : want, flags: isRe ? want.flags : '', isRe }, { timeout });
  } catch {
    const got = await page.locator(sel).first().innerText({ timeout: 500 }).catch(() => '<absent>');
    throw new Error(`[data-testid=${id}] text: expected ${isRe ? want : JSON.stringify(want)}, got ${JSON.stringify(got.trim())}`);
  }
}

/** Chooses the option with the visible label in a Naive UI NSelect. */
export async function selectOption(page, id, label, { timeout = T.short } = {}) {
  const sel = page.locator(tid(id));
  await sel.waitFor({ state: 'visible', timeout });
  // The NSelect may be the element itself or wrap it.
  const trigger = sel.locator('.n-base-selection').first();
  if (await trigger.count()) await trigger.click(); else await sel.click();
  const option = page.locator('.n-base-select-option:visible', { hasText: label });
  try {
    await option.first().waitFor({ state: 'visible', timeout });
  } catch {
    const shown = await page.locator('.n-base-select-option:visible').allInnerTexts().catch(() => []);
    throw new Error(`[data-testid=${id}] has no option "${label}"; visible options: ${JSON.stringify(shown)}`);
  }
  // Prefer the exact label over one that merely contains it.
  const all = await option.allInnerTexts();
  const exact = all.findIndex((t) => t.trim() === label);
  await option.nth(exact >= 0 ? exact : 0).click();
  await page.locator('.n-base-select-menu').waitFor({ state: 'hidden', timeout }).catch(() => {});
}

/** Types into the <input>/<textarea> inside an NInput with this testid. */
export async function fill(page, id, value) {
  const box = page.locator(`${tid(id)} input, ${tid(id)} textarea, input${tid(id)}, textarea${tid(id)}`).first();
  await box.waitFor({ state: 'visible', timeout: T.short });
  await box.fill(value);
}

/** Clicks the positive button of the open confirm dialog (the one labelled
 *  confirmText, else the last action button). Returns false when no dialog
 *  appeared within timeout and optional is set. */
export async function confirmDialog(page, { confirmText, timeout = T.short, optional = false } = {}) {
  const actions = page.locator('.n-dialog__action');
  try {
    await actions.last().waitFor({ state: 'visible', timeout });
  } catch (e) {
    if (optional) return false;
    throw new Error(`no confirm dialog (.n-dialog__action) appeared within ${timeout} ms`, { cause: e });
  }
  const buttons = actions.last().locator('button');
  let target = buttons.last();
  if (confirmText) {
    const named = actions.last().locator('button', { hasText: confirmText });
    if (await named.count()) target = named.first();
  }
  await target.click();
  await actions.last().waitFor({ state: 'hidden', timeout }).catch(() => {});
  return true;
}

/** Waits until fn (run in Node, polling) returns a truthy value. */
export async function until(fn, { timeout = T.short, interval = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ': ' + last.message : ''}`);
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
export function luminance(css) {
  const m = css.match(/rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b] = m.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour actually painted behind an element: its own background, else
 *  the first non-transparent ancestor's (html's canvas default: white). */
export async function effectiveBackground(page, selector) {
  return page.evaluate((selector) => {
    let el = document.querySelector(selector);
    while (el) {
      const bg = getComputedStyle(el).backgroundColor;
      const m = bg.match(/rgba?\(([^)]+)\)/);
      const alpha = m ? (m[1].split(/[ ,/]+/).filter(Boolean)[3] ?? '1') : '1';
      if (bg && bg !== 'transparent' && Number(alpha) > 0.5) return bg;
      el = el.parentElement;
    }
    return 'rgb(255, 255, 255)';
  }, selector);
}
