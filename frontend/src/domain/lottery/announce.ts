// Lottery texts for the group: the announcement made before the draw (the
// frozen list's hash and the public values to come) and the results after.
import type { Draw, Pick } from '../../api/lottery'
import { t } from '../../i18n'
import { formatNumber } from '../../i18n/format'

/** rulesText lists the published entry rules, one a line. */
export function rulesText(d: Draw): string[] {
  const r = d.rules
  const out = [t(`ui.lottery.from.${r.from || 'members'}`)]
  if (r.keyword) out.push(t('ui.lottery.rule.keyword', { Keyword: r.keyword }))
  if (r.minMentions) out.push(t('ui.lottery.rule.mentions', { Count: r.minMentions }))
  if (r.minDays) out.push(t('ui.lottery.rule.days', { Count: r.minDays }))
  if (r.minLevel) out.push(t('ui.lottery.rule.level', { Count: r.minLevel }))
  if (r.ironOnly) out.push(t('ui.lottery.rule.iron'))
  if (r.excludeWonDays) out.push(t('ui.lottery.rule.won', { Count: r.excludeWonDays }))
  if (r.weightTimes) out.push(t('ui.lottery.rule.weight', { Days: r.weightDays, Count: r.weightCheckins, Times: r.weightTimes }))
  else out.push(t('ui.lottery.rule.once'))
  return out
}

const tiersLine = (d: Draw) => d.tiers.map((x) => t('ui.lottery.tier_count', { Tier: x.name, Count: x.count })).join(t('ui.common.list_sep'))

/** announcementText is pasted into the group before the draw. */
export function announcementText(d: Draw): string {
  const lines = [
    t('ui.lottery.announce.head', { Title: d.title }),
    t('ui.lottery.announce.prizes', { Prizes: tiersLine(d), Alternates: formatNumber(d.alternates) }),
    t('ui.lottery.announce.entrants', { Count: formatNumber(d.entrants) }),
    t('ui.lottery.announce.list_hash', { Hash: d.listSha256 }),
    ...rulesText(d).map((r) => `· ${r}`),
  ]
  if (d.mode === 'verifiable') {
    lines.push(t('ui.lottery.announce.sources'))
    d.sources.forEach((s, i) => lines.push(`${i + 1}. ${s.label}`))
    lines.push(t('ui.lottery.announce.method'))
  } else {
    lines.push(t('ui.lottery.instant_note'))
  }
  return lines.join('\n')
}

/** byTier groups the prize holders (after replacements) by tier. */
export function holders(d: Draw): Pick[][] {
  const replaced = new Map(d.replacements.map((r) => [r.order, r.byOrder]))
  const all = [...d.winners, ...d.alternatesDrawn]
  const find = (order: number) => all.find((p) => p.order === order)
  const out = d.tiers.map(() => [] as Pick[])
  for (const w of d.winners) {
    let p: Pick | undefined = w
    while (p && replaced.has(p.order)) p = find(replaced.get(p.order) as number)
    if (p) out[w.tier]?.push(p)
  }
  return out
}

/** resultText is pasted into the group after the draw. */
export function resultText(d: Draw): string {
  const lines = [t('ui.lottery.result.head', { Title: d.title })]
  holders(d).forEach((ps, i) => {
    lines.push(t('ui.lottery.result.tier', { Tier: d.tiers[i]?.name ?? '', Names: ps.map((p) => `${p.name}（#${p.position}）`).join(t('ui.common.list_sep')) }))
  })
  if (d.mode === 'verifiable') {
    lines.push(t('ui.lottery.result.values', { Values: d.sources.map((s) => `${s.label}: ${s.values}`).join('; ') }))
    lines.push(t('ui.lottery.result.key', { Key: d.key }))
    lines.push(t('ui.lottery.result.check'))
  }
  return lines.join('\n')
}
