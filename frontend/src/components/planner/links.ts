// A planned vote or draw opens the real poll or lottery on its own screen.
import { useLotteryStore } from '../../stores/lottery'
import { usePollsStore } from '../../stores/polls'

export async function openPoll(id: number): Promise<void> {
  await usePollsStore().select(id)
  location.hash = '#polls'
}

export async function openDraw(id: number): Promise<void> {
  await useLotteryStore().select(id)
  location.hash = '#lottery'
}
