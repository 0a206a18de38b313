// A paste's preview lines: who, when and what as plain text (names and
// messages are untrusted, never markup), lines left out with the reason.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import PasteRows from './PasteRows.vue'
import { loadLanguage } from '../../i18n'

// Virtual lists render what fits their measured height; happy-dom measures nothing.
vi.hoisted(() => {
  class SizedObserver {
    constructor(private cb: (entries: unknown[]) => void) {}
    observe(target: Element) {
      queueMicrotask(() => this.cb([{ target, contentRect: { width: 800, height: 360 } }]))
    }
    unobserve() {}
    disconnect() {}
  }
  ;(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = SizedObserver
})

const rows = [
  { line: 1, sender: '<img src=x onerror=alert(1)>', time: '2026-12-01T20:01:33', kind: 'message', text: '<b>你好</b>\n第二行', skip: '' },
  { line: 4, sender: '', time: '', kind: '', text: '阿泽 加入了群聊', skip: 'join notice' },
]

describe('PasteRows', () => {
  beforeAll(async () => {
    await loadLanguage('en', async () => ({
      'ui.paste.shape': 'Read as: {Shape}',
      'ui.paste.rows': 'First {Count} lines',
      'ui.paste.shapes.name_time': 'name time',
      'ui.paste.skipped': 'Left out: {Reason}',
    }))
  })

  it('shows each line as text, and why a line was left out', async () => {
    const w = mount(PasteRows, { props: { rows, shape: 'name-time' }, attachTo: document.body })
    await flushPromises()
    expect(w.text()).toContain('Read as: name time')
    const shown = [...document.querySelectorAll('[data-testid="paste-row"]')].map((r) => [
      r.getAttribute('data-line'), r.getAttribute('data-skip'), r.textContent,
    ])
    expect(shown).toEqual([
      ['1', '0', '1<img src=x onerror=alert(1)>2026-12-01 20:01:33<b>你好</b>\n第二行'],
      ['4', '1', '4Left out: join notice · 阿泽 加入了群聊'],
    ])
    expect(document.querySelector('img')).toBeNull()
    expect(document.querySelector('b')).toBeNull()
    w.unmount()
  })
})
