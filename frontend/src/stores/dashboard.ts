// The dashboard: the group and period being looked at and their numbers.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { usePeriodData } from './periodData'
import { dashboardApi, type DashboardData } from '../api/dashboard'

export const useDashboardStore = defineStore('dashboard', () => {
  const data = ref<DashboardData | null>(null)
  const view = usePeriodData((groupId, p) => dashboardApi.get(groupId, p.from, p.to), (d) => { data.value = d })
  return { ...view, data }
})
