import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useShellStore } from './shell'
import { i18n, t } from '../i18n'

const shell = vi.hoisted(() => ({ Workspace: vi.fn(), Catalog: vi.fn(), Languages: vi.fn() }))
vi.mock('../../wailsjs/go/app/ShellAPI', () => shell)

const newer = { code: 'conflict', key: 'err.db.newer', params: { Path: '/d/q.db', DBVersion: 9, AppVersion: 2 }, message: 'm' }

describe('shell store boot', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.spyOn(console, 'error').mockImplementation(() => {})
    shell.Catalog.mockImplementation(async (lang: string) => ({ 'ui.nav.groups': `groups:${lang}` }))
    shell.Languages.mockResolvedValue([{ code: 'en', name: 'English' }])
  })

  it('reports the workspace error even though the other services are not bound', async () => {
    // Like the real IPC, the answer comes back later than a missing binding's TypeError.
    shell.Workspace.mockImplementation(() => new Promise((_, reject) =>
      setTimeout(() => reject(new Error(JSON.stringify(newer))), 5)))
    const store = useShellStore()
    await store.boot()

    expect(store.ready).toBe(true)
    expect(store.startupError?.key).toBe('err.db.newer')
    expect(store.startupError?.params.Path).toBe('/d/q.db')
    expect(store.languages).toEqual([{ code: 'en', name: 'English' }])
    // No saved setting can be read: the browser's language decides (happy-dom says en-US).
    expect(i18n.lang).toBe('en')
    expect(t('ui.nav.groups')).toBe('groups:en')
  })
})
