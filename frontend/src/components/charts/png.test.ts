// Saving a chart: the PNG goes to the Go side with the title to offer, the
// path written is reported, a cancelled dialog says nothing, and a refusal
// is shown in the user's language.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { pngOf, savePng, type ImageOptions } from './png'
import { setupFeedback } from '../../feedback'
import { loadLanguage } from '../../i18n'

const activity = vi.hoisted(() => ({ SaveChart: vi.fn() }))
vi.mock('../../../wailsjs/go/app/ActivityAPI', () => activity)

const URL = 'data:image/png;base64,iVBORw0KGgo='
const chart = { getDataURL: vi.fn<(options: ImageOptions) => string>(() => URL) }
const messages = () => [...document.querySelectorAll('.n-message')].map((m) => m.textContent?.trim())

describe('chart PNG', () => {
  beforeAll(async () => {
    setActivePinia(createPinia())
    setupFeedback(ref({}))
    await loadLanguage('en', async () => ({
      'ui.health.chart.saved': 'Chart saved to {Path}', 'err.health.not_png': 'Not a PNG.',
    }))
  })
  beforeEach(() => {
    activity.SaveChart.mockReset()
    chart.getDataURL.mockClear()
  })

  it('is drawn at twice its size on the given background', () => {
    expect(pngOf(chart, '#18181c')).toBe(URL)
    expect(chart.getDataURL).toHaveBeenCalledWith({ type: 'png', pixelRatio: 2, backgroundColor: '#18181c' })
  })

  it('is saved where the user chose, and says where', async () => {
    activity.SaveChart.mockResolvedValue('/home/me/每日消息.png')
    await savePng(chart, '#fff', '每日消息 粉丝群')
    expect(activity.SaveChart).toHaveBeenCalledWith(URL, '每日消息 粉丝群')
    await vi.waitFor(() => expect(messages()).toContain('Chart saved to /home/me/每日消息.png'))
  })

  it('says nothing when the dialog is cancelled, and nothing is drawn without a chart', async () => {
    activity.SaveChart.mockResolvedValue('')
    const before = messages().length
    await savePng(chart, '#fff', 'x')
    await savePng(null, '#fff', 'x')
    expect(activity.SaveChart).toHaveBeenCalledTimes(1)
    await new Promise((r) => setTimeout(r, 50))
    expect(messages()).toHaveLength(before)
  })

  it('shows the Go side refusing the image', async () => {
    activity.SaveChart.mockRejectedValue(new Error(JSON.stringify({ code: 'invalid', key: 'err.health.not_png' })))
    await savePng(chart, '#fff', 'x')
    await vi.waitFor(() => expect(messages()).toContain('Not a PNG.'))
  })
})
