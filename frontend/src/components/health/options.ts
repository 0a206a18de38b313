// The three health charts as ECharts options: messages and speakers per day,
// members per tier, and messages by weekday and hour with the best windows
// to post in outlined.
import { format } from 'echarts/core'
import { TIER_ORDER } from '../../domain/health/health'
import { hourName, weekdayName } from '../../domain/health/labels'
import type { DayCount } from '../../api/health'
import type { BestWindow } from '../../api/settings'
import { clock } from '../../domain/period/windows'
import { t } from '../../i18n'
import { formatNumber } from '../../i18n/format'
import { tierLabel } from '../../domain/tiers/labels'

const html = (s: string) => format.encodeHTML(s)
const axisNumber = { fontSize: 11, formatter: (v: number) => formatNumber(v) }

/** dailyOption: messages as bars, speakers as a line, one point a day. */
export function dailyOption(days: readonly DayCount[], brand: string, dark: boolean) {
  const speakers = dark ? '#f0b44a' : '#d9870f'
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 8, top: 32, bottom: 4, containLabel: true },
    legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8 },
    xAxis: {
      type: 'category', data: days.map((d) => d.date.slice(5)), axisTick: { show: false },
      axisLabel: { fontSize: 11, hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1, splitNumber: 4, axisLabel: axisNumber },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: { dataIndex: number }[]) => {
        const d = days[ps[0]?.dataIndex ?? 0]
        return html(t('ui.health.daily.tooltip', {
          Date: d.date, Messages: formatNumber(d.messages), Speakers: formatNumber(d.speakers) }))
      },
    },
    series: [
      {
        name: t('ui.health.daily.messages'), type: 'bar', barMaxWidth: 14, data: days.map((d) => d.messages),
        itemStyle: { color: brand, borderRadius: [2, 2, 0, 0] },
      },
      {
        name: t('ui.health.daily.speakers'), type: 'line', data: days.map((d) => d.speakers), smooth: true,
        symbolSize: 5, itemStyle: { color: speakers }, lineStyle: { width: 2 },
      },
    ],
  }
}

const TIER_COLORS: Record<string, [light: string, dark: string]> = {
  core: ['#e09a1a', '#f0b44a'], active: ['#2f9e5b', '#4cc27d'], lurker: ['#3f73d1', '#6b9cf0'],
  dormant: ['#8a8d94', '#9a9da5'], invalid: ['#c4c6cc', '#5c5f66'],
}

/** tiersOption: members per tier, highest tier first, each in its tier's colour. */
export function tiersOption(tiers: Readonly<Record<string, number>>, dark: boolean) {
  const total = TIER_ORDER.reduce((sum, k) => sum + (tiers[k] ?? 0), 0)
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 8, top: 24, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category', data: TIER_ORDER.map(tierLabel), axisTick: { show: false },
      // Every tier named, a long name broken onto two lines rather than left out.
      axisLabel: { interval: 0, fontSize: 11, width: 64, overflow: 'break', lineHeight: 14 },
    },
    yAxis: { type: 'value', minInterval: 1, splitNumber: 4, axisLabel: axisNumber },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; value: number }) => html(t('ui.health.tiers.tooltip', {
        Tier: tierLabel(TIER_ORDER[p.dataIndex]), Count: formatNumber(p.value),
        Percent: total ? Math.round((p.value / total) * 100) : 0 })),
    },
    series: [{
      type: 'bar', barMaxWidth: 40, cursor: 'pointer',
      data: TIER_ORDER.map((k) => ({ value: tiers[k] ?? 0, itemStyle: { color: TIER_COLORS[k][dark ? 1 : 0] } })),
      itemStyle: { borderRadius: [4, 4, 0, 0] },
      label: { show: true, position: 'top', formatter: (p: { value: number }) => formatNumber(p.value) },
    }],
  }
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))

/**
 * heatmapOption: messages by weekday (Monday on top) and hour. The best
 * windows are outlined by a hidden helper series on a 0–24 value axis laid
 * over the hour categories, so each box covers whole hour columns.
 */
export function heatmapOption(heatmap: readonly (readonly number[])[], windows: readonly BestWindow[], brand: string,
  dark: boolean) {
  const data = heatmap.flatMap((hours, weekday) => hours.map((n, hour) => [hour, weekday, n]))
  const max = Math.max(1, ...data.map((d) => d[2]))
  const windowLabel = (w: BestWindow) => t('ui.health.heatmap.window', { From: clock(w.from), To: clock(w.to) })
  return {
    backgroundColor: 'transparent',
    grid: { left: 4, right: 8, top: 26, bottom: 44, containLabel: true },
    xAxis: [
      { type: 'category', data: HOURS, splitArea: { show: false }, axisTick: { show: false },
        axisLabel: { fontSize: 11, interval: 1 } },
      { type: 'value', min: 0, max: 24, show: false },
    ],
    yAxis: {
      type: 'category', data: [0, 1, 2, 3, 4, 5, 6].map(weekdayName), inverse: true, axisTick: { show: false },
      axisLabel: { fontSize: 11 },
    },
    visualMap: {
      min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
      text: [formatNumber(max), '0'],
      itemWidth: 10, textStyle: { fontSize: 11 }, seriesIndex: 0,
      inRange: { color: dark ? ['#26272e', brand] : ['#f1f2fb', brand] },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex: number; value: number[] }) => p.seriesIndex !== 0 ? '' :
        html(t('ui.health.heatmap.tooltip', {
          Day: weekdayName(p.value[1]), Hour: hourName(p.value[0]), Count: formatNumber(p.value[2]) })),
    },
    series: [
      {
        type: 'heatmap', data, itemStyle: { borderColor: dark ? '#18181c' : '#ffffff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: brand, borderWidth: 1 } },
      },
      {
        type: 'line', xAxisIndex: 1, data: [[0, 0]], symbol: 'none', lineStyle: { opacity: 0 }, silent: true,
        tooltip: { show: false }, z: 5,
        markArea: {
          silent: true, z: 10, // over the cells
          itemStyle: { color: 'transparent', borderColor: dark ? '#f0b44a' : '#d9870f', borderWidth: 2, borderType: 'dashed' },
          label: { position: 'top', fontSize: 11, color: dark ? '#f0b44a' : '#b06d05' },
          data: windows.map((w) => [{ xAxis: w.from / 60, name: windowLabel(w) }, { xAxis: w.to / 60 }]),
        },
      },
    ],
  }
}
