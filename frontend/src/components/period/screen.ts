// What the dashboard and health screens share around their store: the name
// of the group looked at, the subtitle, reloading when the screen is shown
// again, and opening the Members screen on some tiers.
import { computed, onActivated } from 'vue'
import type { Period } from '../../domain/period/period'
import { notify } from '../../feedback'
import { t } from '../../i18n'
import { useGroupsStore } from '../../stores/groups'
import { useMembersStore } from '../../stores/members'

interface PeriodStore {
  readonly groupId: number
  readonly period: Period
  load(): Promise<void>
}

/** usePeriodScreen is for a screen's setup; keys is its string-key prefix (keys.all_groups, keys.subtitle). */
export function usePeriodScreen(store: PeriodStore, keys: string) {
  const groups = useGroupsStore()
  const groupName = computed(() => (store.groupId
    ? groups.active.find((g) => g.id === store.groupId)?.name ?? ''
    : t(`${keys}.all_groups`)))
  const subtitle = computed(() => t(`${keys}.subtitle`, { Group: groupName.value, From: store.period.from,
    To: store.period.to }))

  // Groups may have changed elsewhere, and new chat exports been imported.
  onActivated(() => {
    groups.load().catch(notify.error)
    void store.load()
  })

  /** openMembers shows this group's members on the Members screen, filtered to these tiers. */
  function openMembers(tiers: string[]) {
    const members = useMembersStore()
    members.setTrash(false)
    members.setFilter({ groupId: store.groupId, tiers })
    location.hash = '#members'
  }

  return { groups, groupName, subtitle, openMembers }
}
