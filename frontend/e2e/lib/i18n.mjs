// The expected UI strings, read from the app's own catalogs (locales/*.LANG.toml)
// at run time so wording tweaks don't break the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

export const LANGS = ['zh-CN', 'zh-TW', 'en'];

/** A catalog file's strings flattened to {"section.key": "value"}. */
export function parseToml(text) {
  return flatten(parse(text));
}

function flatten(table, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) flatten(value, path, out);
    else out[path] = String(value);
  }
  return out;
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
