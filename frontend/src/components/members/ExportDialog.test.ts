// Export asks where to save, then sends the chosen columns in table order with
// their headers, the selection or the whole filtered result, and the list's sort.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import ExportDialog from './ExportDialog.vue'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'
import { useMembersStore } from '../../stores/members'

const binding = vi.hoisted(() => ({ ChooseExportPath: vi.fn(), Export: vi.fn(), List: vi.fn(async () => []), Count: vi.fn(async () => 7) }))
vi.mock('../../../wailsjs/go/app/MembersAPI', () => binding)

let wrapper: VueWrapper | undefined
const byTestId = <T extends Element>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)

async function openDialog(preferSelection: boolean) {
  wrapper = mount(ExportDialog, { attachTo: document.body })
  ;(wrapper.vm as unknown as { open: (c: string[], s: boolean) => void }).open(['tags', 'nickname'], preferSelection)
  await flushPromises()
}

describe('ExportDialog', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'ui.members.col.nickname': 'Nickname', 'ui.members.col.tags': 'Tags' }))
  })
  beforeEach(async () => {
    setActivePinia(createPinia())
    Object.values(binding).forEach((f) => f.mockClear())
    const store = useMembersStore()
    store.setFilter({ search: 'zs' })
    store.setSort('fanLevel')
    await store.refresh()
  })
  afterEach(() => wrapper?.unmount())

  it('exports the selected rows to the chosen file', async () => {
    const store = useMembersStore()
    store.toggle(4)
    store.toggle(2)
    binding.ChooseExportPath.mockResolvedValue('/tmp/fans.xlsx')
    binding.Export.mockResolvedValue({ path: '/tmp/fans.xlsx', rows: 2 })
    await openDialog(true)
    byTestId<HTMLButtonElement>('export-run')!.click()
    await flushPromises()

    expect(binding.ChooseExportPath).toHaveBeenCalledWith('xlsx')
    expect(binding.Export).toHaveBeenCalledWith({
      selection: { ids: [4, 2], filter: null }, columns: ['nickname', 'tags'], headers: ['Nickname', 'Tags'],
      format: 'xlsx', path: '/tmp/fans.xlsx', sort: 'fanLevel', desc: false,
    })
  })

  it('sends the filter for the whole result, and nothing when the save dialog is cancelled', async () => {
    binding.ChooseExportPath.mockResolvedValue('')
    await openDialog(false)
    byTestId<HTMLButtonElement>('export-run')!.click()
    await flushPromises()
    expect(binding.Export).not.toHaveBeenCalled()

    binding.ChooseExportPath.mockResolvedValue('/tmp/all.xlsx')
    binding.Export.mockResolvedValue({ path: '/tmp/all.xlsx', rows: 7 })
    byTestId<HTMLButtonElement>('export-run')!.click()
    await flushPromises()
    expect(binding.Export).toHaveBeenCalledWith(expect.objectContaining({
      selection: { ids: [], filter: expect.objectContaining({ search: 'zs', trash: false }) },
    }))
  })
})
