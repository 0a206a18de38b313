// Where the app opens without a hash, and a hash naming a screen winning over it.
import { afterEach, describe, expect, it } from 'vitest'
import { startSection, useSection } from './sections'

describe('sections', () => {
  afterEach(() => history.replaceState(null, '', '#'))

  it('opens on the groups screen until there is a group, then on the dashboard', () => {
    expect(startSection(0)).toBe('groups')
    expect(startSection(1)).toBe('dashboard')
    expect(startSection(12)).toBe('dashboard')
  })

  it('takes the screen the hash names, else the start screen', () => {
    history.replaceState(null, '', '#planner')
    expect(useSection('dashboard').section.value).toBe('planner')
    history.replaceState(null, '', '#nonsense')
    expect(useSection('dashboard').section.value).toBe('dashboard')
    const { section, go } = useSection('groups')
    expect(section.value).toBe('groups')
    go('members')
    expect(section.value).toBe('members')
    expect(location.hash).toBe('#members')
  })
})
