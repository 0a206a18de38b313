// Lotteries: the list, the one being looked at, and a setup started from
// elsewhere (a closed poll's voters).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { emptyEntry, lotteryApi, type Draw, type Entrants, type Entry, type Setup } from '../api/lottery'

export const useLotteryStore = defineStore('lottery', () => {
  const list = ref<Draw[]>([])
  const current = ref<Draw | null>(null)
  /** setup is the entry a new lottery starts with, null when no setup is open. */
  const setup = ref<{ entry: Entry; title: string } | null>(null)
  const currentId = computed(() => current.value?.id ?? 0)

  function put(d: Draw) {
    current.value = d
    const i = list.value.findIndex((x) => x.id === d.id)
    list.value = i < 0 ? [d, ...list.value] : list.value.map((x) => (x.id === d.id ? d : x))
  }

  async function load(): Promise<void> {
    list.value = await lotteryApi.list()
  }

  async function select(id: number): Promise<void> {
    setup.value = null
    put(await lotteryApi.get(id))
  }

  /** start opens a new setup, optionally with its entrants chosen (a poll's voters). */
  function start(entry: Partial<Entry> = {}, title = ''): void {
    current.value = null
    setup.value = { entry: { ...emptyEntry(), ...entry }, title }
  }

  async function freeze(s: Setup): Promise<Draw> {
    const d = await lotteryApi.freeze(s)
    setup.value = null
    put(d)
    return d
  }

  const draw = async (values: string[]) => put(await lotteryApi.draw(currentId.value, values))
  const replace = async (order: number, reason: string) => put(await lotteryApi.replace(currentId.value, order, reason))

  async function redraw(reason: string, sources: string[], mode: string, excludeWinners: boolean): Promise<void> {
    const before = currentId.value
    const d = await lotteryApi.redraw(before, reason, sources, mode, excludeWinners)
    list.value = list.value.map((x) => (x.id === before ? { ...x, redrawnBy: d.id } as Draw : x))
    put(d)
  }

  /** preview counts the entrants an entry would freeze, without freezing them. */
  const preview = (entry: Entry): Promise<Entrants> => lotteryApi.preview(entry)
  /** names are a frozen list's first names (limit of them), in list order. */
  const names = (id: number, limit: number): Promise<string[]> => lotteryApi.names(id, limit)
  // The save* calls answer the path written, or "" when the dialog was cancelled.
  const saveCertificate = (id: number): Promise<string> => lotteryApi.saveCertificate(id)
  const saveEntrants = (id: number): Promise<string> => lotteryApi.saveEntrants(id)
  const saveCertificatePng = (id: number, dataUrl: string): Promise<string> => lotteryApi.saveCertificatePng(id, dataUrl)
  /** chooseDouyinExport asks for a Douyin export file; "" when cancelled. */
  const chooseDouyinExport = (): Promise<string> => lotteryApi.chooseDouyinExport()

  return {
    list, current, currentId, setup, load, select, start, freeze, draw, replace, redraw,
    preview, names, saveCertificate, saveEntrants, saveCertificatePng, chooseDouyinExport,
  }
})
