// The shop funnel: the group and period looked at, their funnel, and the
// trust days setting (saving it works the funnel out again).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { usePeriodData } from './periodData'
import { funnelApi, type FunnelData, type FunnelSettings } from '../api/funnel'

export const useFunnelStore = defineStore('funnel', () => {
  const data = ref<FunnelData | null>(null)
  const settings = ref<FunnelSettings | null>(null)
  const view = usePeriodData(
    (groupId, p) => funnelApi.get(groupId, p.from, p.to),
    (d) => { data.value = d })

  async function loadSettings(): Promise<void> {
    settings.value = await funnelApi.settings()
  }

  /** saveSettings stores the settings and works the funnel out again with them. */
  async function saveSettings(s: FunnelSettings): Promise<void> {
    settings.value = await funnelApi.saveSettings(s)
    await view.load()
  }

  return { ...view, data, settings, loadSettings, saveSettings }
})
