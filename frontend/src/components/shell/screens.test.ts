// Every section has its view where screens.ts looks for it (views/<Section>View.vue)
// and an icon: a new name in SECTIONS without them fails here, not in the window.
import { describe, expect, it } from 'vitest'
import { SECTIONS } from './sections'
import { ICONS, viewFile } from './screens'

const files = Object.keys(import.meta.glob('../../views/*View.vue'))

describe('screens', () => {
  it('finds a view file and an icon for every section', () => {
    expect(SECTIONS.filter((s) => !files.includes(viewFile(s)))).toEqual([])
    expect(SECTIONS.filter((s) => !ICONS[s])).toEqual([])
  })
})
