// The review store over mocked bindings: nothing is asked without a group;
// a group and a period ask for that review; the latest answer wins over a
// slow earlier one; a failure is kept as an AppError; saved settings review
// again with them.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useReviewStore } from './review'

const api = vi.hoisted(() => ({ Get: vi.fn(), Text: vi.fn(), Settings: vi.fn(), SaveSettings: vi.fn() }))
vi.mock('../../wailsjs/go/app/ReviewAPI', () => api)

const review = (from: string) => ({ groupId: 1, from, to: from, settings: { hours: 3, upPct: 130, lowPct: 80 },
  items: null, kpis: {}, previous: {}, planned: {}, done: {}, koc: null, slipping: null, suggestions: null })

describe('review store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    Object.values(api).forEach((f) => f.mockReset())
  })

  it('asks for nothing without a group, then for the group and period chosen', async () => {
    const s = useReviewStore()
    await s.load()
    expect(api.Get).not.toHaveBeenCalled()
    api.Get.mockResolvedValue(review('2026-03-02'))
    await s.show({ groupId: 7, period: { from: '2026-03-02', to: '2026-03-08' } })
    expect(api.Get).toHaveBeenCalledWith(7, '2026-03-02', '2026-03-08')
    expect(s.data?.items).toEqual([]) // nulls filled in
    expect(s.data?.koc).toEqual([])
    expect(s.data?.kocChanges).toEqual({ known: false, since: '', entered: [], left: [], enteredCount: 0, leftCount: 0 })
    expect(s.data?.suggestions).toEqual([])
  })

  it('keeps the latest answer when an earlier one comes late', async () => {
    const s = useReviewStore()
    let slow: (v: unknown) => void = () => {}
    api.Get.mockReturnValueOnce(new Promise((r) => { slow = r })).mockResolvedValueOnce(review('2026-03-09'))
    const first = s.show({ groupId: 1, period: { from: '2026-03-02', to: '2026-03-08' } })
    await s.show({ period: { from: '2026-03-09', to: '2026-03-15' } })
    slow(review('2026-03-02'))
    await first
    expect(s.data?.from).toBe('2026-03-09')
    expect(s.loading).toBe(false)
  })

  it('keeps a failure as an error, and reviews again after saving settings', async () => {
    const s = useReviewStore()
    api.Get.mockRejectedValueOnce(JSON.stringify({ code: 'invalid', key: 'err.review.group', message: 'x' }))
    await s.show({ groupId: 3 })
    expect(s.error?.key).toBe('err.review.group')
    api.SaveSettings.mockResolvedValue({ hours: 1, upPct: 130, lowPct: 80 })
    api.Get.mockResolvedValue(review('2026-03-02'))
    await s.saveSettings({ hours: 1, upPct: 130, lowPct: 80 })
    expect(api.SaveSettings).toHaveBeenCalledWith({ hours: 1, upPct: 130, lowPct: 80 })
    expect(s.settings?.hours).toBe(1)
    expect(s.error).toBeNull()
    expect(api.Get).toHaveBeenCalledTimes(2)
  })
})
