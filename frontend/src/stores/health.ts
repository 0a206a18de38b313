// Group health: the group and period being looked at, their health, and
// whether there is any chat activity at all to look at.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { usePeriodData } from './periodData'
import { activityApi } from '../api/activity'
import { healthApi, type Health } from '../api/health'

export const useHealthStore = defineStore('health', () => {
  const health = ref<Health | null>(null)
  /** null until known: whether any chat export has been imported. */
  const hasActivity = ref<boolean | null>(null)
  const view = usePeriodData(
    (groupId, p) => Promise.all([healthApi.get(groupId, p.from, p.to), activityApi.history()]),
    ([h, history]) => {
      health.value = h
      hasActivity.value = history.length > 0
    })
  return { ...view, health, hasActivity }
})
