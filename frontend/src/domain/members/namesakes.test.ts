import { describe, expect, it, vi } from 'vitest'

vi.mock('../../i18n', () => ({ t: (key: string) => (key === 'ui.common.list_sep' ? '、' : key) }))

const { namedText, namesakesText } = await import('./namesakes')

describe('namesakes', () => {
  const cases: [string, Parameters<typeof namedText>, string][] = [
    ['two members named 王伟', ['王伟', [{ id: 3, nickname: '王伟' }, { id: 7, nickname: '王伟' }]], '王伟 (#3、#7)'],
    ['no list from the backend', ['小美', null], '小美 ()'],
  ]
  for (const [name, args, want] of cases) {
    it(name, () => expect(namedText(...args)).toBe(want))
  }
  it('lists numbers only', () => expect(namesakesText([{ id: 12, nickname: '小美🌸' }])).toBe('#12'))
})
