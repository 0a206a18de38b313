// The shop funnel's logic: the step names, the funnel as text to copy, the
// ECharts option, and the example CSV of the empty state as a table.
import type { FunnelData, FunnelKind, FunnelStep } from '../../api/funnel'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** Formats: t translates, pct renders a share (0–1), num a count or an amount. */
export interface FunnelFormat {
  t: Translate
  pct: (share: number) => string
  num: (n: number) => string
}

/** stepName is a step's name: 点击, 咨询, 购买. */
export const stepName = (t: Translate, kind: FunnelKind): string => t(`ui.engagement.funnel.step_${kind}`)

/** rateText is a rate, or a dash without one. */
export const rateText = (f: FunnelFormat, rate: number | null): string => (rate === null ? '—' : f.pct(rate))

function stepLine(f: FunnelFormat, s: FunnelStep): string {
  const line = f.t('ui.engagement.funnel.text_step', { Step: stepName(f.t, s.kind), Events: f.num(s.events), People: f.num(s.members) })
  return s.rate === null ? line : line + f.t('ui.engagement.funnel.text_rate', { Rate: f.pct(s.rate) })
}

/** funnelText is the funnel as plain text: the scope and period, each step, the overall rate and revenue, the flagged count. */
export function funnelText(d: FunnelData, groupName: string, f: FunnelFormat): string {
  return [
    f.t('ui.engagement.funnel.text_title', { Group: groupName, From: d.from, To: d.to }),
    ...d.steps.map((s) => stepLine(f, s)),
    f.t('ui.engagement.funnel.text_total', { Rate: rateText(f, d.overall), Revenue: f.num(d.revenue) }),
    f.t('ui.engagement.funnel.text_flagged', { Days: d.trustDays, Count: f.num(d.flaggedTotal) }),
  ].join('\n')
}

const STEP_COLORS: [light: string, dark: string][] = [['#5b8ff9', '#7aa7ff'], ['#f0a020', '#f5b84a'], ['#2f9e5b', '#4cc27d']]

/** funnelOption is the three steps as a funnel, each as wide as its members, in step order. */
export function funnelOption(steps: readonly FunnelStep[], f: FunnelFormat, dark: boolean) {
  const top = Math.max(1, ...steps.map((s) => s.members))
  return {
    backgroundColor: 'transparent',
    series: [{
      type: 'funnel', sort: 'none', min: 0, max: top, minSize: '8%', left: '10%', right: '10%', top: 8, bottom: 8,
      gap: 4, label: { show: true, position: 'inside', fontSize: 12 },
      data: steps.map((s, i) => ({
        name: stepName(f.t, s.kind), value: s.members,
        label: { formatter: `${stepName(f.t, s.kind)} ${f.t('ui.engagement.funnel.people', { Count: f.num(s.members) })}` },
        itemStyle: { color: STEP_COLORS[i % STEP_COLORS.length][dark ? 1 : 0] },
      })),
    }],
  }
}

/** exampleTable splits the example CSV into its header and rows (cells never hold commas). */
export function exampleTable(csv: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = csv.split('\n').filter((l) => l.trim()).map((l) => l.split(','))
  return { header, rows }
}
