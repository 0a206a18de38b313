// Poll texts: option letters, the results summary to paste back into the
// group, and the results bar chart.
import { format } from 'echarts/core'
import type { Poll, Results } from '../../api/polls'
import { t } from '../../i18n'
import { formatNumber, formatPercent } from '../../i18n/format'

/** letter is an option's letter: 0 → A. */
export const letter = (i: number): string => String.fromCharCode(65 + i)

const share = (n: number, of: number) => (of > 0 ? n / of : 0)

/** hasTurnout: a share of the group makes sense, with a group size and no more
 *  voters than members (counted tallies may hold people not on the member list). */
export function hasTurnout(r: Pick<Results, 'voters' | 'groupSize'>): boolean {
  return r.groupSize > 0 && r.voters <= r.groupSize
}

/** summaryText is the results as plain text, options by votes, for the group chat. */
export function summaryText(poll: Poll, r: Results): string {
  const total = r.counts.reduce((a, b) => a + b, 0)
  const order = poll.options.map((_, i) => i).sort((a, b) => r.counts[b] - r.counts[a] || a - b)
  const lines = [t('ui.polls.summary.head', { Question: poll.question })]
  for (const i of order) {
    lines.push(t('ui.polls.summary.row', {
      Letter: letter(i), Option: poll.options[i], Votes: formatNumber(r.counts[i]), Share: formatPercent(share(r.counts[i], total)),
    }))
  }
  lines.push(hasTurnout(r)
    ? t('ui.polls.summary.turnout', { Voters: formatNumber(r.voters), Size: formatNumber(r.groupSize), Share: formatPercent(share(r.voters, r.groupSize)) })
    : t('ui.polls.summary.voters', { Voters: formatNumber(r.voters) }))
  const top = order[0]
  if (total > 0 && top !== undefined && r.counts[top] > (r.counts[order[1]] ?? -1)) {
    lines.push(t('ui.polls.summary.winner', { Letter: letter(top), Option: poll.options[top] }))
  }
  return lines.join('\n')
}

/** chartOption draws the votes per option as horizontal bars, first option on top. */
export function chartOption(poll: Poll, counts: number[], brand: string) {
  const labels = poll.options.map((o, i) => `${letter(i)}. ${o}`)
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 40, top: 8, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: labels, axisTick: { show: false },
      axisLabel: { width: 160, overflow: 'truncate', formatter: (v: string) => v } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (ps: { dataIndex: number }[]) => {
        const i = ps[0]?.dataIndex ?? 0
        return `${format.encodeHTML(labels[i])}: ${formatNumber(counts[i] ?? 0)}`
      } },
    series: [{ type: 'bar', data: counts, itemStyle: { color: brand, borderRadius: [0, 3, 3, 0] },
      label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value) }, barMaxWidth: 28 }],
  }
}

/** choiceText names a vote's choices: "A", "B+C". */
export const choiceText = (choices: number[]): string => choices.map(letter).join('+')
