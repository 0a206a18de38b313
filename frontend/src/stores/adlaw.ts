// The advertising-law check on every text Qunzhu prepares for pasting
// (planner items, polls, care messages, announcements), the same check the
// invitations run. Answers are kept per text, so retyping a text already
// checked costs nothing; the list changes rarely and a reload clears it.
import { defineStore } from 'pinia'
import { invitesApi, type Problem } from '../api/invites'

const KEEP = 200 // texts remembered

export const useAdLawStore = defineStore('adlaw', () => {
  const known = new Map<string, Problem[]>()

  /** check returns the text's ad-law warnings (none for a blank text). */
  async function check(text: string): Promise<Problem[]> {
    if (!text.trim()) return []
    const hit = known.get(text)
    if (hit) return hit
    const [found = []] = await invitesApi.checkAdLaw([text])
    if (known.size >= KEEP) known.delete(known.keys().next().value as string)
    known.set(text, found)
    return found
  }

  /** forget drops the answers (after the ad-law list changed). */
  const forget = () => known.clear()

  return { check, forget }
})
