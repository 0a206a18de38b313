// The app's sections, reflected in the location hash so the sidebar links are
// real, keyboard-reachable links and a reload stays on the same screen.
import { onBeforeUnmount, ref } from 'vue'

export const SECTIONS = ['dashboard', 'groups', 'members', 'import', 'activity', 'health', 'keywords', 'invites', 'polls', 'lottery', 'engagement', 'planner', 'review', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

/** startSection is where the app opens without a hash: the morning dashboard
 *  once there is a group to show, else the groups screen to make the first one. */
export function startSection(activeGroups: number): Section {
  return activeGroups > 0 ? 'dashboard' : 'groups'
}

function fromHash(start: Section): Section {
  return SECTIONS.find((s) => location.hash === `#${s}`) ?? start
}

/** useSection is the current section (start when the hash names none); go() moves to another. */
export function useSection(start: Section = 'groups') {
  const section = ref<Section>(fromHash(start))
  const sync = () => { section.value = fromHash(start) }
  window.addEventListener('hashchange', sync)
  onBeforeUnmount(() => window.removeEventListener('hashchange', sync))
  function go(s: Section) {
    section.value = s
    if (location.hash !== `#${s}`) history.replaceState(null, '', `#${s}`)
  }
  return { section, go }
}
