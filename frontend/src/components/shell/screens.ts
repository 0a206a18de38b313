// Each section's screen: its view, found by name (section "engagement" is
// views/EngagementView.vue), and its sidebar icon; its label is the catalog's
// ui.nav.<section>. Adding a screen is then its name in SECTIONS, its view
// file and an icon here.
import { defineAsyncComponent, type Component } from 'vue'
import DashboardView from '../../views/DashboardView.vue'
import GroupsView from '../../views/GroupsView.vue'
import {
  ChatIcon, DashboardIcon, EngagementIcon, GroupsIcon, HealthIcon, ImportIcon, InviteIcon, KeywordsIcon, LotteryIcon, MembersIcon,
  PlannerIcon, PollIcon, ReviewIcon, SettingsIcon,
} from '../icons'
import { SECTIONS, type Section } from './sections'

/** ICONS are the sidebar's icons, one a section. */
export const ICONS: Record<Section, Component> = {
  dashboard: DashboardIcon, groups: GroupsIcon, members: MembersIcon, import: ImportIcon, activity: ChatIcon,
  health: HealthIcon, keywords: KeywordsIcon, invites: InviteIcon, polls: PollIcon, lottery: LotteryIcon,
  engagement: EngagementIcon, planner: PlannerIcon, review: ReviewIcon, settings: SettingsIcon,
}

/** viewFile is where a section's view is, as the globs below name it. */
export const viewFile = (s: Section): string => `../../views/${s[0].toUpperCase()}${s.slice(1)}View.vue`

// The two screens the app opens on are in the first bundle; the others load
// when first opened, so the window paints sooner and holds less.
const FIRST: Partial<Record<Section, Component>> = { dashboard: DashboardView, groups: GroupsView }
const LATER = import.meta.glob<{ default: Component }>(['../../views/*View.vue', '!../../views/DashboardView.vue', '!../../views/GroupsView.vue'])
const later = (load: () => Promise<{ default: Component }>) => defineAsyncComponent({ loader: load, delay: 0 })

/** VIEWS are the sections' views. */
export const VIEWS = Object.fromEntries(SECTIONS.map((s) => [s, FIRST[s] ?? later(LATER[viewFile(s)])])) as Record<Section, Component>
