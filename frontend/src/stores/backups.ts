// Backups of the database file: the list, backing up now, restoring.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { backupsApi, type Backup } from '../api/backups'

export const useBackupsStore = defineStore('backups', () => {
  const list = ref<Backup[]>([])
  const loading = ref(false)
  const busy = ref(false) // a backup or restore is running

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await backupsApi.list()
    } finally {
      loading.value = false
    }
  }

  async function run<T>(work: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      const result = await work()
      await load()
      return result
    } finally {
      busy.value = false
    }
  }

  const create = () => run(backupsApi.create)
  /** restore returns the safety backup made of the data it replaced. */
  const restore = (name: string) => run(() => backupsApi.restore(name))

  return { list, loading, busy, load, create, restore }
})
