// Strings come from the backend's catalogs (locales/*.toml) through
// ShellAPI.Catalog; t() reads the active one reactively.
import { reactive, readonly } from 'vue'
import { shellApi, type Catalog } from '../api/shell'

export type Lang = 'zh-CN' | 'zh-TW' | 'en'
export type Params = Record<string, unknown>

export const FALLBACK: Lang = 'zh-CN'

const state = reactive({ lang: FALLBACK as Lang, catalog: {} as Catalog })
let loads = 0

/** i18n is the active language and catalog, read-only. */
export const i18n = readonly(state)

/** matchLanguage maps a tag (zh-Hant-TW, zh_CN, en-GB) to a supported language, or "". */
export function matchLanguage(tag: string): Lang | '' {
  const t = tag.split('.')[0].replace(/_/g, '-').toLowerCase()
  if (t.startsWith('zh')) {
    return /hant|-(tw|hk|mo)$/.test(t) ? 'zh-TW' : 'zh-CN'
  }
  return t === 'en' || t.startsWith('en-') ? 'en' : ''
}

/** pickLanguage: the saved choice, else the browser's languages, else the workspace's, else zh-CN. */
export function pickLanguage(saved: string, browser: readonly string[], workspace: string): Lang {
  for (const tag of [saved, ...browser, workspace]) {
    const lang = tag ? matchLanguage(tag) : ''
    if (lang) return lang
  }
  return FALLBACK
}

/** interpolate fills {Name} placeholders; unknown ones stay as written. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole)
}

/** t renders key in the active language, or returns the key itself. */
export function t(key: string, params?: Params): string {
  const template = state.catalog[key]
  return template === undefined ? key : interpolate(template, params)
}

/** tError renders an error (or a field error) by key, falling back to its message. */
export function tError(e: { key: string; params?: Params; message?: string }): string {
  const template = state.catalog[e.key]
  return template === undefined ? e.message || e.key : interpolate(template, e.params)
}

/** loadLanguage fetches lang's catalog and makes it active; the latest call wins. */
export async function loadLanguage(lang: Lang, fetch = shellApi.catalog): Promise<void> {
  const ticket = ++loads
  const catalog = await fetch(lang)
  if (ticket !== loads) return
  state.catalog = catalog
  state.lang = lang
  document.documentElement.lang = lang
  document.title = t('app.title')
}
