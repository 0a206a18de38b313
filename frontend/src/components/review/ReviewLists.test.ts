// The review's lists with who entered and left them: names as text (never
// HTML), the count when more moved than were sent, "nobody moved", and "no
// earlier record" when the record starts after the period does.
import { beforeAll, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReviewLists from './ReviewLists.vue'
import { changeLines } from '../../domain/review/listChanges'
import { loadLanguage } from '../../i18n'
import type { ReviewListChanges } from '../../api/review'

const changes = (over: Partial<ReviewListChanges>): ReviewListChanges => ({
  known: true, since: '', entered: [], left: [], enteredCount: 0, leftCount: 0, ...over,
})
const who = (...names: string[]) => names.map((nickname, i) => ({ memberId: i + 1, nickname }))

describe('ReviewLists', () => {
  beforeAll(async () => {
    await loadLanguage('zh-CN', async () => ({
      'ui.review.kpi.koc': 'KOC', 'ui.review.kpi.slipping': '正在流失', 'ui.review.suggest.name_separator': '、',
      'ui.review.lists.entered': '本期新进 {Count} 人：', 'ui.review.lists.left': '本期离开 {Count} 人：',
      'ui.review.lists.unchanged': '本期没有人进出这个名单。', 'ui.review.lists.no_record': '没有更早的记录：从 {Since} 起',
    }))
  })

  it('shows who entered and left each list, names as text', () => {
    const w = mount(ReviewLists, { props: { koc: [], slipping: [],
      kocChanges: changes({ entered: who('甲', '<b>丁</b>'), enteredCount: 2, left: who('丙'), leftCount: 1 }),
      slippingChanges: changes({}) } })
    expect(w.get('[data-testid="review-entered-koc"]').text()).toBe('本期新进 2 人：甲、<b>丁</b>')
    expect(w.find('[data-testid="review-entered-koc"] b').exists()).toBe(false)
    expect(w.get('[data-testid="review-left-koc"]').text()).toBe('本期离开 1 人：丙')
    expect(w.get('[data-testid="review-changes-slipping"]').text()).toBe('本期没有人进出这个名单。')
  })

  it('says there is no earlier record rather than inventing changes', () => {
    const unknown = changes({ known: false, since: '2026-03-11' })
    const w = mount(ReviewLists, { props: { koc: [], slipping: [], kocChanges: unknown, slippingChanges: unknown } })
    expect(w.get('[data-testid="review-changes-koc"]').text()).toBe('没有更早的记录：从 2026-03-11 起')
    expect(w.find('[data-testid="review-entered-koc"]').exists()).toBe(false)
  })

  it('ends the names in an ellipsis when more moved than were sent', () => {
    expect(changeLines(changes({ entered: who('a', 'b'), enteredCount: 60 }), ', ')).toEqual([
      { kind: 'entered', key: 'ui.review.lists.entered', params: { Count: 60 }, names: 'a, b, …' },
    ])
  })
})
