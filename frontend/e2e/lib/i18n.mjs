// The expected UI strings, read from the app's own catalogs (locales/*.LANG.toml)
// at run time so wording tweaks don't break the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['zh-CN', 'zh-TW', 'en'];

/** A tiny TOML reader: [section] / [a.b] headers and key = "value" lines
 *  (basic "…" strings with escapes, literal '…' strings, """…""" blocks,
 *  numbers/booleans kept as text). Returns {"section.key": "value"}. */
export function parseToml(text) {
  const out = {};
  let section = '';
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    let m = line.match(/^\[\s*([^\]]+?)\s*\]\s*(#.*)?$/);
    if (m) { section = m[1].split('.').map(unquoteKey).join('.'); continue; }
    m = line.match(/^((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?))\s*=\s*(.*)$/);
    if (!m) throw new Error(`TOML line ${i + 1} not understood: ${line}`);
    const key = m[1].split('.').map((k) => unquoteKey(k.trim())).join('.');
    let rest = m[2];
    let value;
    if (rest.startsWith('"""') || rest.startsWith("'''")) {
      const q = rest.slice(0, 3);
      let body = rest.slice(3);
      while (!body.includes(q)) {
        i++;
        if (i >= lines.length) throw new Error(`TOML: unterminated ${q} string for ${key}`);
        body += '\n' + lines[i];
      }
      body = body.slice(0, body.indexOf(q)).replace(/^\n/, '');
      value = q === '"""' ? unescape(body.replace(/\\\n\s*/g, '')) : body;
    } else if (rest.startsWith('"')) {
      const s = rest.match(/^"((?:[^"\\]|\\.)*)"/);
      if (!s) throw new Error(`TOML line ${i + 1}: bad string: ${line}`);
      value = unescape(s[1]);
    } else if (rest.startsWith("'")) {
      const s = rest.match(/^'([^']*)'/);
      if (!s) throw new Error(`TOML line ${i + 1}: bad literal string: ${line}`);
      value = s[1];
    } else {
      value = rest.replace(/\s*#.*$/, '').trim();
    }
    out[section ? `${section}.${key}` : key] = value;
  }
  return out;
}

function unquoteKey(k) {
  k = k.trim();
  if ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'"))) return k.slice(1, -1);
  return k;
}

function unescape(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\' }[e] ?? e;
  });
}

export function loadCatalogs(localesDir) {
  const cats = {};
  for (const lang of LANGS) {
    cats[lang] = {};
    const files = readdirSync(localesDir).filter((f) => f.endsWith(`.${lang}.toml`)).sort();
    for (const f of files) Object.assign(cats[lang], parseToml(readFileSync(join(localesDir, f), 'utf8')));
  }
  return {
    cats,
    has(lang, key) { return Object.hasOwn(cats[lang], key); },
    /** The string for key in lang; params fill {{.Name}} placeholders. Throws when missing. */
    t(lang, key, params = {}) {
      const v = cats[lang][key];
      if (v === undefined) throw new Error(`locales/*.${lang}.toml has no key ${key}`);
      return v.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (m, n) => (n in params ? String(params[n]) : m));
    },
    /** The first of keys that exists in every language (catalog keys still being named). */
    pick(...keys) {
      const k = keys.find((key) => LANGS.every((l) => Object.hasOwn(cats[l], key)));
      if (!k) throw new Error(`none of ${keys.join(', ')} is in all of locales/*.{${LANGS.join(',')}}.toml`);
      return k;
    },
    /** A RegExp matching the message with any value in its placeholders. */
    pattern(lang, key) {
      const v = this.t(lang, key);
      const parts = v.split(/\{\{\s*\.\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(parts.join('[\\s\\S]+?'));
    },
  };
}
