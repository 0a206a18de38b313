// The dashboard's own charts as ECharts options: members with the joins
// and leaves of each day, and the invitation funnel. (Messages per day and
// the tiers reuse the health screen's options.)
import { format } from 'echarts/core'
import { funnelRates, membersPerDay } from '../../domain/dashboard/kpis'
import type { DashboardDay, Funnel } from '../../api/dashboard'
import { t } from '../../i18n'
import { formatNumber, formatPercent } from '../../i18n/format'

const html = (s: string) => format.encodeHTML(s)
const axisNumber = { fontSize: 11, formatter: (v: number) => formatNumber(v) }

/** membersOption: joins up and leaves down as bars, the member count as a line on its own axis. */
export function membersOption(start: number, days: readonly DashboardDay[], brand: string, dark: boolean) {
  const counts = membersPerDay(start, days)
  const [up, down] = dark ? ['#4cc27d', '#f07b7b'] : ['#2f9e5b', '#d03050']
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 8, top: 32, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8 },
    xAxis: {
      type: 'category', data: days.map((d) => d.date.slice(5)), axisTick: { show: false },
      axisLabel: { fontSize: 11, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', minInterval: 1, splitNumber: 4, axisLabel: axisNumber },
      { type: 'value', minInterval: 1, splitNumber: 4, axisLabel: axisNumber, splitLine: { show: false }, scale: true },
    ],
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: { dataIndex: number }[]) => {
        const i = ps[0]?.dataIndex ?? 0
        const d = days[i]
        return html(t('ui.dashboard.members.tooltip', { Date: d.date, Joins: formatNumber(d.joins),
          Leaves: formatNumber(d.leaves), Members: formatNumber(counts[i]) }))
      },
    },
    series: [
      { name: t('ui.dashboard.members.joins'), type: 'bar', stack: 'moves', barMaxWidth: 14,
        data: days.map((d) => d.joins), itemStyle: { color: up } },
      { name: t('ui.dashboard.members.leaves'), type: 'bar', stack: 'moves', barMaxWidth: 14,
        data: days.map((d) => -d.leaves), itemStyle: { color: down } },
      { name: t('ui.dashboard.members.count'), type: 'line', yAxisIndex: 1, data: counts, step: 'end',
        symbolSize: 4, itemStyle: { color: brand }, lineStyle: { width: 2 } },
    ],
  }
}

/** funnelOption: invited → sent → joined → active → core, each with its share of the step before. */
export function funnelOption(f: Funnel, brand: string, dark: boolean) {
  const steps = funnelRates(f)
  const label = (i: number) => {
    const s = steps[i]
    const name = t(`ui.dashboard.funnel.${s.step}`)
    return s.rate === null ? `${name} ${formatNumber(s.count)}`
      : `${name} ${formatNumber(s.count)} (${formatPercent(s.rate)})`
  }
  return {
    backgroundColor: 'transparent',
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => html(label(p.dataIndex)) },
    series: [{
      type: 'funnel', sort: 'none', left: 8, right: 8, top: 8, bottom: 8, minSize: '12%', gap: 2,
      label: { position: 'inside', color: '#fff', formatter: (p: { dataIndex: number }) => label(p.dataIndex) },
      itemStyle: { borderWidth: 0 },
      data: steps.map((s, i) => ({ name: s.step, value: Math.max(s.count, 0),
        itemStyle: { color: brand, opacity: 1 - i * (dark ? 0.14 : 0.16) } })),
    }],
  }
}
