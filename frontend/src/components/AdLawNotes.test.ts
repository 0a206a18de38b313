// The ad-law warnings under every text to paste: the shared component
// checks the text through the api layer (the binding is mocked), shows the
// invitations' inline list, skips blank texts and asks once per text; the
// group form's announcement uses it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { ref } from 'vue'
import AdLawNotes from './AdLawNotes.vue'
import GroupForm from './groups/GroupForm.vue'
import { newDraft } from '../domain/groups/draft'
import { setupFeedback } from '../feedback'
import { loadLanguage } from '../i18n'

const binding = vi.hoisted(() => ({ CheckAdLaw: vi.fn() }))
vi.mock('../../wailsjs/go/app/InvitesAPI', () => binding)

const warning = (word: string, start: number) => ({ level: 'warning', key: 'ui.invites.check.adlaw', params: { Word: word },
  message: `“${word}” may break the advertising law`, start, end: start + word.length, line: 1, col: start + 1 })

// answer finds 全网第一 wherever it is, as the backend does.
const answer = (texts: string[]) => texts.map((s) => (s.includes('全网第一') ? [warning('全网第一', s.indexOf('全网第一'))] : []))

let wrapper: VueWrapper | undefined
const items = (testid: string) => [...document.querySelectorAll(`[data-testid^="${testid}-"]`)].map((e) => e.textContent ?? '')

describe('AdLawNotes', () => {
  beforeAll(async () => {
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({ 'ui.invites.level.warning': 'Warning' }))
  })
  beforeEach(() => {
    setActivePinia(createPinia())
    binding.CheckAdLaw.mockReset()
    binding.CheckAdLaw.mockImplementation(async (texts: string[]) => answer(texts))
  })
  afterEach(() => wrapper?.unmount())

  it('lists the warnings of the text, follows its changes and asks once per text', async () => {
    wrapper = mount(AdLawNotes, { props: { text: '这款是全网第一的面霜', testid: 'notes', delay: 0 }, attachTo: document.body })
    await flushPromises()
    expect(items('notes')).toEqual(['Warning“全网第一” may break the advertising law'])

    await wrapper.setProps({ text: '普通的一句话' })
    await flushPromises()
    expect(items('notes')).toEqual([])

    await wrapper.setProps({ text: '   ' })
    await wrapper.setProps({ text: '这款是全网第一的面霜' })
    await flushPromises()
    expect(items('notes')).toHaveLength(1)
    expect(binding.CheckAdLaw.mock.calls).toEqual([[['这款是全网第一的面霜']], [['普通的一句话']]])
  })

  it('warns under the group form announcement', async () => {
    vi.useFakeTimers()
    onTestFinished(() => { vi.useRealTimers() })
    const draft = { ...newDraft(), announcement: '本群福利：全网第一的面霜' }
    wrapper = mount(GroupForm, {
      props: { draft, errors: {}, options: { platforms: ['douyin'], purposes: ['core'], capacityPresets: [200] } },
      attachTo: document.body,
    })
    await flushPromises()
    expect(binding.CheckAdLaw).not.toHaveBeenCalled() // it waits for typing to settle
    await vi.runAllTimersAsync()
    await flushPromises()
    expect(items('group-announcement-adlaw')).toEqual(['Warning“全网第一” may break the advertising law'])
  })
})
