// The activity screen end to end over mocked bindings: a dropped export is
// previewed, an ambiguous sender is settled on another member, the import
// runs and reports; names are shown as text, never as markup.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NSelect } from 'naive-ui'
import { h, KeepAlive, ref } from 'vue'
import ActivityView from './ActivityView.vue'
import UnsettledSenders from '../components/activity/UnsettledSenders.vue'
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

const activity = vi.hoisted(() => ({ Preview: vi.fn(), Start: vi.fn(), History: vi.fn(), Cancel: vi.fn(), ChooseFile: vi.fn() }))
vi.mock('../../wailsjs/go/app/ActivityAPI', () => activity)
vi.mock('../../wailsjs/go/app/GroupsAPI', () => ({
  List: async () => [],
  Options: async () => ({ platforms: ['whatsapp'], purposes: ['core'], capacityPresets: [200, 500] }),
}))

const key = 'whatsapp\x1fnick\x1f小红'
const preview = {
  fileName: '<b>chat</b>.txt', format: 'whatsapp', events: 6, system: 2, skipped: 0, problems: [], from: '2023-03-12T14:06:00',
  to: '2023-03-13T09:00:00', senders: 3, known: 1, new: 1,
  unsettled: [{ sender: { key, platform: 'whatsapp', id: '', name: '小红' }, events: 3, candidates: [
    { id: 4, nickname: '小红', remark: '老粉', platformId: '' },
    { id: 9, nickname: '小红', remark: '', platformId: 'wa9' },
  ] }],
  topSenders: [{ sender: { key, platform: 'whatsapp', id: '', name: '小红' }, events: 3 },
    { sender: { key: 'k2', platform: 'whatsapp', id: '', name: '<img src=x onerror=alert(1)>' }, events: 2 }],
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
let wrapper: VueWrapper | undefined

async function mountView() {
  wrapper = mount({ render: () => h(KeepAlive, null, [h(ActivityView)]) }, { attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('ActivityView', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.activity.format.whatsapp': 'WhatsApp chat',
      'ui.activity.member_no': 'Member #{ID}',
      'ui.activity.platform_id': 'ID {ID}',
      'ui.activity.new_member': 'Add as a new member',
      'err.chat.unknown_format': 'Not a chat export.',
      'ui.activity.skipped.title': '{Count} unreadable, skipped',
      'ui.activity.skipped.more': '…and {Count} more',
    }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(activity).forEach((f) => f.mockReset())
    Object.values(drop).forEach((f) => f.mockReset())
    activity.History.mockResolvedValue([])
  })
  afterEach(() => wrapper?.unmount())

  it('previews a dropped export, imports it with the chosen member, and reports', async () => {
    await mountView()
    expect(byTestId('activity-guide')).not.toBeNull() // the first-run explanation
    expect(drop.OnFileDrop).toHaveBeenCalledWith(expect.any(Function), true)

    activity.Preview.mockResolvedValue(structuredClone(preview))
    drop.OnFileDrop.mock.calls[0][0](10, 10, ['/home/me/chat.txt'])
    await flushPromises()
    expect(activity.Preview).toHaveBeenCalledWith('/home/me/chat.txt')
    expect(byTestId('activity-file')!.textContent).toBe('<b>chat</b>.txt') // text, not markup
    expect(byTestId('activity-format')!.textContent!.trim()).toBe('WhatsApp chat')
    expect(byTestId('activity-count-events')!.textContent).toBe('6')
    expect(byTestId('activity-count-skipped')!.textContent).toBe('2') // system messages
    expect(byTestId('activity-count-unreadable')).toBeNull() // every line was read
    expect(byTestId('activity-skipped')).toBeNull()
    expect(byTestId('activity-count-unsettled')!.textContent).toBe('1')
    expect(byTestId('activity-top-1')!.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(document.querySelector('[data-testid="activity-top"] img')).toBeNull()

    const select = wrapper!.findComponent(UnsettledSenders).findComponent(NSelect)
    expect(select.props('value')).toBe(4) // the first candidate
    expect((select.props('options') as { label: string }[]).map((o) => o.label)).toEqual(
      ['小红 · 老粉 · Member #4', '小红 · ID wa9 · Member #9', 'Add as a new member'])
    select.vm.$emit('update:value', 9)
    await flushPromises()

    activity.Start.mockResolvedValue('1')
    byTestId('activity-start')!.click()
    await flushPromises()
    expect(activity.Start).toHaveBeenCalledWith(expect.objectContaining({
      path: '/home/me/chat.txt', groupId: 0, choices: { [key]: 9 } }))
    bus.emit('activity:progress', { jobId: '1', done: 500, total: 1000 })
    await flushPromises()
    expect(byTestId('activity-progress-bar')!.textContent).toContain('50')

    bus.emit('activity:done', { jobId: '1', report: { importId: 1, format: 'whatsapp', events: 6, duplicates: 0,
      system: 2, skipped: 0, problems: null, members: 3, newMembers: 1, ambiguous: 1, from: '', to: '' } })
    await flushPromises()
    expect(byTestId('activity-report-events')!.textContent).toBe('6')
    expect(byTestId('activity-report-new_members')!.textContent).toBe('1')
    expect(activity.History).toHaveBeenCalledTimes(2)
    expect(byTestId('activity-skipped')).toBeNull()
  })

  it('lists the lines it cannot read, before the import and in its report, as text', async () => {
    await mountView()
    const problems = [
      { line: 3, key: 'err.chat.bad_time', message: 'The date or time on line 3 is invalid.' },
      { line: 9, key: 'err.chat.no_sender', message: 'Line 9 has no <b>sender</b>.' },
    ]
    activity.Preview.mockResolvedValue({ ...structuredClone(preview), unsettled: [], skipped: 25, problems })
    drop.OnFileDrop.mock.calls[0][0](10, 10, ['/home/me/chat.txt'])
    await flushPromises()
    expect(byTestId('activity-count-unreadable')!.textContent).toBe('25')
    const lines = () => [...document.querySelectorAll('[data-testid="activity-skipped-line"]')].map((e) => e.textContent)
    expect(lines()).toEqual(['The date or time on line 3 is invalid.', 'Line 9 has no <b>sender</b>.'])
    expect(document.querySelector('[data-testid="activity-skipped"] b')).toBeNull()
    expect(byTestId('activity-skipped')!.textContent).toContain('23 more')

    activity.Start.mockResolvedValue('1')
    byTestId('activity-start')!.click()
    await flushPromises()
    bus.emit('activity:done', { jobId: '1', report: { importId: 1, format: 'whatsapp', events: 6, duplicates: 0,
      system: 2, skipped: 1, problems: problems.slice(0, 1), members: 3, newMembers: 3, ambiguous: 0, from: '', to: '' } })
    await flushPromises()
    expect(byTestId('activity-report')!.querySelector('[data-testid="activity-skipped"]')).not.toBeNull()
    expect(lines()).toEqual(['The date or time on line 3 is invalid.'])
    expect(byTestId('activity-skipped-more')).toBeNull()
  })

  it('says, localized, why a file is not a chat export', async () => {
    await mountView()
    activity.Preview.mockRejectedValue(JSON.stringify({ code: 'invalid', key: 'err.chat.unknown_format', message: 'raw' }))
    drop.OnFileDrop.mock.calls[0][0](10, 10, ['/home/me/notes.txt'])
    await flushPromises()
    expect(byTestId('activity-error')!.textContent).toContain('Not a chat export.')
    expect(byTestId('activity-drop')).not.toBeNull() // still on step 1, to try another file
  })
})
