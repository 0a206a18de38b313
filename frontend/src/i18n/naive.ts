// Naive UI's own strings (empty tables, date pickers) follow the active language.
import { dateEnUS, dateZhCN, dateZhTW, enUS, zhCN, zhTW, type NDateLocale, type NLocale } from 'naive-ui'
import type { Lang } from './index'

const locales: Record<Lang, { locale: NLocale; dateLocale: NDateLocale }> = {
  'zh-CN': { locale: zhCN, dateLocale: dateZhCN },
  'zh-TW': { locale: zhTW, dateLocale: dateZhTW },
  en: { locale: enUS, dateLocale: dateEnUS },
}

export function naiveLocale(lang: Lang): { locale: NLocale; dateLocale: NDateLocale } {
  return locales[lang]
}
