import type { app } from '../../../wailsjs/go/models'
import { t } from '../../i18n'

/**
 * namesakesText lists the members a shared name may mean by their numbers
 * ("#3，#7"): the names look alike, the numbers tell them apart.
 */
export function namesakesText(namesakes: app.NamesakeDTO[] | null | undefined): string {
  return (namesakes ?? []).map((n) => `#${n.id}`).join(t('ui.common.list_sep'))
}

/** namedText is a shared name with the members it may mean: "王伟 (#3，#7)". */
export function namedText(name: string, namesakes: app.NamesakeDTO[] | null | undefined): string {
  return `${name} (${namesakesText(namesakes)})`
}
