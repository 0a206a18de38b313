// The import screen end to end over mocked bindings: paste, preview with the
// platform missing, choose it (the preview re-runs), import, read the summary.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NSelect } from 'naive-ui'
import { h, KeepAlive, ref } from 'vue'
import ImportView from './ImportView.vue'
import MappingForm from '../components/import/MappingForm.vue'
import PreviewSummary from '../components/import/PreviewSummary.vue'
import { PREVIEW_DELAY_MS } from '../stores/imports'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'

// Virtual lists render what fits their measured height; happy-dom measures
// nothing, so every observed element reports 300 px (set before Naive UI loads).
vi.hoisted(() => {
  class SizedObserver {
    constructor(private cb: (entries: unknown[]) => void) {}
    observe(target: Element) {
      queueMicrotask(() => this.cb([{ target, contentRect: { width: 600, height: 300 } }]))
    }
    unobserve() {}
    disconnect() {}
  }
  ;(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = SizedObserver
})

const bus = vi.hoisted(() => {
  const listeners = new Map<string, (data: unknown) => void>()
  return {
    EventsOn: (name: string, cb: (data: unknown) => void) => {
      listeners.set(name, cb)
      return () => listeners.delete(name)
    },
    emit: (name: string, data: unknown) => listeners.get(name)?.(data),
  }
})
const drop = vi.hoisted(() => ({ OnFileDrop: vi.fn(), OnFileDropOff: vi.fn() }))
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: bus.EventsOn, ...drop }))

const imports = vi.hoisted(() => ({ Preview: vi.fn(), Start: vi.fn(), History: vi.fn(), Cancel: vi.fn(), ChooseFile: vi.fn() }))
vi.mock('../../wailsjs/go/app/ImportsAPI', () => imports)
vi.mock('../../wailsjs/go/app/MembersAPI', () => ({
  Options: async () => ({ platforms: ['douyin', 'qq'], sources: ['import', 'dm'] }),
}))
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async () => [],
  Options: async () => ({ platforms: ['douyin', 'qq'], purposes: ['core'], capacityPresets: [200, 500] }),
}))

const missing = (row: number) => ({ row, field: 'platform', key: 'err.import.platform_missing', params: {}, message: 'server text' })
const draft = (row: number, nickname: string, platformId: string) => ({
  row, nickname, platformId, platform: 'douyin', remark: '', source: 'import', notes: '', tags: [], followSince: '',
})
const preview = (over: object) => ({
  fileName: '', encoding: '', sheets: [], sheet: '', headers: ['nickname', 'platformId'],
  samples: [['张三', 'dy001'], ['李四', 'dy002']], fields: ['nickname', 'platform', 'platformId'],
  mapping: { nickname: 0, platformId: 1 }, platform: '', total: 2, valid: 0, rows: [],
  problems: [missing(1), missing(2)], matches: 0, ...over,
})

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
let wrapper: VueWrapper | undefined

/** mountView shows the screen as the shell does: kept alive, so it is activated. */
async function mountView() {
  wrapper = mount({ render: () => h(KeepAlive, null, [h(ImportView)]) }, { attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('ImportView', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'err.import.platform_missing': 'No platform: choose one.',
      'ui.import.row': 'Row {Row}',
      'ui.import.progress': '{Done} of {Total} rows',
      'ui.import.pasted': 'Pasted text',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(imports).forEach((f) => f.mockReset())
    Object.values(drop).forEach((f) => f.mockReset())
    imports.History.mockResolvedValue([])
  })
  afterEach(() => wrapper?.unmount())

  it('previews pasted text, re-previews with the chosen platform, imports and reports', async () => {
    await mountView()
    expect(byTestId('import-guide')).not.toBeNull() // the first-run explanation

    imports.Preview.mockResolvedValueOnce(preview({}))
    const paste = byTestId('import-paste') as HTMLTextAreaElement
    paste.value = '张三,dy001\n李四,dy002\n'
    paste.dispatchEvent(new Event('input'))
    await flushPromises()
    byTestId('import-paste-preview')!.click()
    await flushPromises()

    expect(imports.Preview).toHaveBeenCalledWith(expect.objectContaining({
      source: { path: '', text: '张三,dy001\n李四,dy002\n', sheet: '' }, mapping: null, platform: '' }))
    expect(byTestId('import-count-invalid')!.textContent).toBe('2')
    expect(byTestId('import-problem-2')!.textContent).toContain('Row 2')
    expect(byTestId('import-problem-2')!.textContent).toContain('No platform: choose one.')
    expect(byTestId('field-error-platform-default')).not.toBeNull()

    imports.Preview.mockResolvedValueOnce(preview({
      platform: 'douyin', valid: 2, problems: [], rows: [draft(1, '张三', 'dy001'), draft(2, '李四', 'dy002')] }))
    const platform = wrapper!.findComponent(MappingForm).findAllComponents(NSelect).at(-2)!
    platform.vm.$emit('update:value', 'douyin')
    await new Promise((r) => setTimeout(r, PREVIEW_DELAY_MS + 50))
    await flushPromises()

    expect(imports.Preview).toHaveBeenLastCalledWith(expect.objectContaining({
      mapping: { nickname: 0, platformId: 1 }, platform: 'douyin' }))
    expect(byTestId('import-count-valid')!.textContent).toBe('2')
    expect(byTestId('import-preview-rows')!.textContent).toContain('李四')
    expect(byTestId('import-problems')).toBeNull()

    imports.Start.mockResolvedValue('1')
    byTestId('import-start')!.click()
    await flushPromises()
    expect(imports.Start).toHaveBeenCalledWith(expect.objectContaining({ platform: 'douyin', onDuplicate: 'update' }))
    bus.emit('import:progress', { jobId: '1', done: 1, total: 2 })
    await flushPromises()
    expect(byTestId('import-progress')!.textContent!.trim()).toBe('1 of 2 rows')

    imports.History.mockResolvedValue([{ id: 1, fileName: '', fileHash: 'h', added: 2, updated: 0, skipped: 0,
      problems: [], createdAt: '2025-01-01T00:00:00Z' }])
    bus.emit('import:done', { jobId: '1', report: { importId: 1, added: 2, updated: 0, skipped: 0, invalid: [] } })
    await flushPromises()
    expect(byTestId('import-summary-added')!.textContent).toBe('2')
    expect(imports.History).toHaveBeenCalledTimes(2)
    expect(byTestId('import-history')!.textContent).toContain('Pasted text')
  })

  it('previews a file dropped on the window, and stops listening once unmounted', async () => {
    await mountView()
    expect(drop.OnFileDrop).toHaveBeenCalledWith(expect.any(Function), true) // drop targets only
    expect(document.documentElement.style.getPropertyValue('--wails-drop-target')).toBe('drop')

    imports.Preview.mockResolvedValue(preview({ fileName: 'fans.xlsx', sheets: ['名单', '备用'], sheet: '名单' }))
    drop.OnFileDrop.mock.calls[0][0](10, 10, ['/home/me/fans.xlsx'])
    await flushPromises()
    expect(imports.Preview).toHaveBeenCalledWith(expect.objectContaining({
      source: { path: '/home/me/fans.xlsx', text: '', sheet: '' }, mapping: null }))
    expect(byTestId('import-file')!.textContent).toBe('fans.xlsx')

    // Another sheet has other columns: they are guessed afresh.
    expect(byTestId('import-sheet')).not.toBeNull()
    wrapper!.findComponent(PreviewSummary).findComponent(NSelect).vm.$emit('update:value', '备用')
    await flushPromises()
    expect(imports.Preview).toHaveBeenLastCalledWith(expect.objectContaining({
      source: { path: '/home/me/fans.xlsx', text: '', sheet: '备用' }, mapping: null }))

    wrapper!.unmount()
    wrapper = undefined
    expect(drop.OnFileDropOff).toHaveBeenCalled()
    expect(document.documentElement.style.getPropertyValue('--wails-drop-target')).toBe('')
  })
})
