// The shell: the open workspace, the user's settings, the active language and theme.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useOsTheme } from 'naive-ui'
import { toAppError, type AppError } from '../api/errors'
import { settingsApi, type AppSettings, type SettingsPatch } from '../api/settings'
import { shellApi, type Language, type Workspace } from '../api/shell'
import { loadLanguage, pickLanguage, type Lang } from '../i18n'
import { useBackupsStore } from './backups'
import { useGroupsStore } from './groups'

export const useShellStore = defineStore('shell', () => {
  const workspace = ref<Workspace | null>(null)
  const settings = ref<AppSettings>({ language: '', theme: 'system', backupKeep: 7 })
  const languages = ref<Language[]>([])
  const startupError = ref<AppError | null>(null)
  const ready = ref(false)
  const osTheme = useOsTheme()

  const dark = computed(() =>
    settings.value.theme === 'dark' || (settings.value.theme === 'system' && osTheme.value === 'dark'))

  function resolvedLanguage(): Lang {
    return pickLanguage(settings.value.language, navigator.languages ?? [], workspace.value?.language ?? '')
  }

  /** boot opens the workspace; when it cannot, startupError says why. */
  async function boot(): Promise<void> {
    try {
      // Workspace first: when it rejects, the other services are not even bound.
      const ws = await shellApi.workspace()
      const [s, langs] = await Promise.all([settingsApi.get(), shellApi.languages()])
      workspace.value = ws
      settings.value = s
      languages.value = langs
      shellApi.onRestored(() => void reloadAll().catch((e) => console.error('qunzhu: reload', e)))
    } catch (e) {
      startupError.value = toAppError(e)
      languages.value = await shellApi.languages().catch(() => [])
    }
    await loadLanguage(resolvedLanguage()).catch((e) => console.error('qunzhu: catalog', e))
    ready.value = true
  }

  /** reload re-reads the workspace and settings, e.g. after a restore. */
  async function reload(): Promise<void> {
    const [ws, s] = await Promise.all([shellApi.workspace(), settingsApi.get()])
    workspace.value = ws
    settings.value = s
    await loadLanguage(resolvedLanguage())
  }

  /** reloadAll refreshes every store once a backup has replaced the data. */
  async function reloadAll(): Promise<void> {
    await Promise.all([reload(), useGroupsStore().load(), useBackupsStore().load()])
  }

  /** update saves a settings change, showing it at once and undoing it on failure. */
  async function update(patch: SettingsPatch): Promise<void> {
    const before = settings.value
    settings.value = { ...before, ...patch }
    try {
      settings.value = await settingsApi.update(patch)
    } catch (e) {
      settings.value = before
      throw e
    }
  }

  async function setLanguage(language: string): Promise<void> {
    await update({ language })
    await loadLanguage(resolvedLanguage())
  }

  /** previewLanguage switches language without saving (the startup error page). */
  async function previewLanguage(lang: Lang): Promise<void> {
    await loadLanguage(lang)
  }

  return { workspace, settings, languages, startupError, ready, dark, boot, reload, update, setLanguage, previewLanguage }
})
