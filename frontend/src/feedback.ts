// Messages and dialogs, set up once at boot (Naive UI's discrete API) and
// usable from any component or store without providers.
import { createDiscreteApi, NButton, type ConfigProviderProps } from 'naive-ui'
import { h, type Ref } from 'vue'
import { AppError } from './api/errors'
import { t, tError } from './i18n'

type Api = ReturnType<typeof create>

function create(config: Ref<ConfigProviderProps>) {
  return createDiscreteApi(['message', 'dialog'], {
    configProviderProps: config,
    messageProviderProps: { placement: 'top', keepAliveOnHover: true },
  })
}

let api: Api | undefined

/** setupFeedback is called once, with the app's theme and locale. */
export function setupFeedback(config: Ref<ConfigProviderProps>): void {
  api ??= create(config)
}

function use(): Api {
  if (!api) throw new Error('feedback used before setupFeedback')
  return api
}

/** errorText is what the user reads for any failure. */
export function errorText(e: unknown): string {
  return e instanceof AppError ? tError(e) : t('err.internal')
}

export const notify = {
  success: (text: string) => use().message.success(text),
  info: (text: string) => use().message.info(text),
  error: (e: unknown) => use().message.error(errorText(e), { duration: 6000 }),
}

/** UNDO_MS is how long an action's Undo button stays offered. */
export const UNDO_MS = 10_000

/** undoable reports a done action with an Undo button; undo's failure is reported too. */
export function undoable(text: string, undo: () => Promise<void>): void {
  const m = use().message.success(() => h('span', [
    text, ' ',
    h(NButton, {
      text: true, type: 'primary', 'data-testid': 'undo', style: 'margin-left: 8px; vertical-align: baseline',
      onClick: () => {
        m.destroy()
        undo().catch(notify.error)
      },
    }, { default: () => t('ui.common.undo') }),
  ]), { duration: UNDO_MS, closable: true })
}

/** announce shows a result the user should read, such as a backup's name. */
export function announce(title: string, content: string): void {
  use().dialog.success({ title, content, positiveText: t('ui.common.ok'), autoFocus: true })
}

export interface ConfirmOptions {
  title: string
  content: string
  positiveText: string
  danger?: boolean
  /** action runs on confirm; the dialog stays open (loading) until it settles. */
  action: () => Promise<void>
}

/** confirm asks before an action; failures are reported and keep the dialog open. */
export function confirm(o: ConfirmOptions): void {
  use().dialog[o.danger ? 'warning' : 'info']({
    title: o.title,
    content: o.content,
    positiveText: o.positiveText,
    negativeText: t('ui.common.cancel'),
    autoFocus: true,
    onPositiveClick: () => o.action().then(() => true, (e) => { notify.error(e); return false }),
  })
}
