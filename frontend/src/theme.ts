// Naive UI configuration shared by the app and the discrete feedback API.
import { darkTheme, type ConfigProviderProps, type GlobalThemeOverrides } from 'naive-ui'
import { naiveLocale } from './i18n/naive'
import type { Lang } from './i18n'

const fontFamily = [
  '-apple-system', 'BlinkMacSystemFont', '"Segoe UI"', '"PingFang SC"', '"Hiragino Sans GB"',
  '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"', 'sans-serif',
].join(', ')

const light: GlobalThemeOverrides = {
  common: {
    fontFamily, primaryColor: '#4f5bd5', primaryColorHover: '#6470e0',
    primaryColorPressed: '#3e48b3', primaryColorSuppl: '#6470e0', borderRadius: '6px',
  },
}

const dark: GlobalThemeOverrides = {
  common: {
    fontFamily, primaryColor: '#8b94f5', primaryColorHover: '#a3abf8',
    primaryColorPressed: '#727ce6', primaryColorSuppl: '#a3abf8', borderRadius: '6px',
  },
}

/** brandColor is the primary colour, for what CSS cannot reach (charts). */
export function brandColor(isDark: boolean): string {
  return (isDark ? dark : light).common!.primaryColor!
}

export function naiveConfig(isDark: boolean, lang: Lang): ConfigProviderProps {
  return {
    theme: isDark ? darkTheme : null,
    themeOverrides: isDark ? dark : light,
    ...naiveLocale(lang),
  }
}
