// How activity formats, dates and candidate members read in the active language.
import type { Candidate } from '../../api/activity'
import { i18n, t } from '../../i18n'

/** formatLabel names an export format: wechat-csv → ui.activity.format.wechat_csv. */
export function formatLabel(format: string): string {
  return t(`ui.activity.format.${format.replace(/-/g, '_')}`)
}

/** candidateLabel tells same-named members apart: nickname · remark · platform ID · member number. */
export function candidateLabel(c: Candidate): string {
  const parts = [c.nickname, c.remark, c.platformId && t('ui.activity.platform_id', { ID: c.platformId }),
    t('ui.activity.member_no', { ID: c.id })]
  return parts.filter(Boolean).join(' · ')
}

/** parseLocal reads the backend's wall time ("2023-03-12T14:06:00", no zone) as local time. */
function parseLocal(stamp: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(stamp)
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : null
}

/** dateRange renders the days an export covers ("" when it has no events). */
export function dateRange(from: string, to: string): string {
  const a = parseLocal(from)
  const b = parseLocal(to)
  if (!a || !b) return ''
  const f = new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'medium' })
  return a.toDateString() === b.toDateString() ? f.format(a) : f.formatRange(a, b)
}
