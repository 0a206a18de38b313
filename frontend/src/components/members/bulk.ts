// Bulk actions end the same way: a message saying what changed, with an Undo
// button for a few seconds.
import type { BulkRequest } from '../../api/members'
import { notify, undoable } from '../../feedback'
import { t } from '../../i18n'
import { formatNumber } from '../../i18n/format'
import { useMembersStore } from '../../stores/members'

/** offerUndo shows text with an Undo button that reverts undoId (then runs after). */
export function offerUndo(text: string, undoId: number, after?: () => void): void {
  const store = useMembersStore()
  undoable(text, async () => {
    const n = await store.undo(undoId)
    notify.success(t('ui.members.bulk.undone', { Count: formatNumber(n) }))
    after?.()
  })
}

/** runBulk applies r to the selection and offers to undo it; text words the result. */
export async function runBulk(r: Omit<BulkRequest, 'selection'>, text: (count: string) => string): Promise<void> {
  const res = await useMembersStore().bulk(r)
  offerUndo(text(formatNumber(res.affected)), res.undoId)
}
