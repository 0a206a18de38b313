// The app's sections, reflected in the location hash so the sidebar links are
// real, keyboard-reachable links and a reload stays on the same screen.
import { onBeforeUnmount, ref } from 'vue'

export const SECTIONS = ['dashboard', 'groups', 'members', 'import', 'activity', 'health', 'keywords', 'invites', 'polls', 'lottery', 'planner', 'settings'] as const
export type Section = (typeof SECTIONS)[number]

function fromHash(): Section {
  return SECTIONS.find((s) => location.hash === `#${s}`) ?? 'groups'
}

/** useSection is the current section; go() moves to another. */
export function useSection() {
  const section = ref<Section>(fromHash())
  const sync = () => { section.value = fromHash() }
  window.addEventListener('hashchange', sync)
  onBeforeUnmount(() => window.removeEventListener('hashchange', sync))
  function go(s: Section) {
    section.value = s
    if (location.hash !== `#${s}`) history.replaceState(null, '', `#${s}`)
  }
  return { section, go }
}
