// Polls: the list, the poll being looked at, its results and stored votes.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  pollsApi, type Ballot, type BallotIn, type PastePreview, type Poll, type PollInput, type Results, type VoteSource,
} from '../api/polls'

export const usePollsStore = defineStore('polls', () => {
  const list = ref<Poll[]>([])
  const currentId = ref(0)
  const results = ref<Results | null>(null)
  const ballots = ref<Ballot[]>([])
  const current = computed(() => list.value.find((p) => p.id === currentId.value) ?? null)

  function put(p: Poll) {
    const i = list.value.findIndex((x) => x.id === p.id)
    if (i < 0) list.value = [p, ...list.value]
    else list.value = list.value.map((x) => (x.id === p.id ? p : x))
  }

  async function refresh(): Promise<void> {
    if (!currentId.value) return
    const id = currentId.value
    const [r, b] = await Promise.all([pollsApi.results(id), pollsApi.ballots(id)])
    if (id !== currentId.value) return
    results.value = r
    ballots.value = b
    put(r.poll)
  }

  async function load(): Promise<void> {
    list.value = await pollsApi.list()
    if (currentId.value && !current.value) currentId.value = 0
  }

  async function select(id: number): Promise<void> {
    currentId.value = id
    results.value = null
    ballots.value = []
    await refresh()
  }

  async function create(input: PollInput): Promise<Poll> {
    const p = await pollsApi.create(input)
    put(p)
    await select(p.id)
    return p
  }

  async function save(input: PollInput): Promise<void> {
    put(await pollsApi.update(currentId.value, input))
    await refresh()
  }

  async function setStatus(status: 'draft' | 'open' | 'closed'): Promise<void> {
    put(await pollsApi.setStatus(currentId.value, status))
    await refresh()
  }

  async function remove(): Promise<void> {
    await pollsApi.remove(currentId.value)
    list.value = list.value.filter((p) => p.id !== currentId.value)
    currentId.value = 0
    results.value = null
  }

  async function after(r: Promise<Results>): Promise<void> {
    results.value = await r
    put(results.value.poll)
    ballots.value = await pollsApi.ballots(currentId.value)
  }

  const setTally = (counts: number[]) => after(pollsApi.setTally(currentId.value, counts))
  const cast = (source: VoteSource, votes: BallotIn[]) => after(pollsApi.cast(currentId.value, source, votes))
  const removeVote = (vote: number) => after(pollsApi.removeVote(currentId.value, vote))

  /** fetchAll answers every poll afresh, leaving the list as it is (the lottery picks a closed poll's voters). */
  const fetchAll = (): Promise<Poll[]> => pollsApi.list()
  /** readPaste reads pasted chat lines or a 接龙 against poll id, storing nothing. */
  const readPaste = (id: number, text: string): Promise<PastePreview> => pollsApi.readPaste(id, text)
  /** jielongText is the 接龙 text a group fills in for poll id. */
  const jielongText = (id: number, example: string, footer: string): Promise<string> => pollsApi.jielongText(id, example, footer)

  return {
    list, currentId, current, results, ballots, load, select, create, save, setStatus, remove, setTally, cast, removeVote, refresh,
    fetchAll, readPaste, jielongText,
  }
})
