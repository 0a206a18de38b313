// Invitations: templates with A/B variants and their live preview, the
// choice of recipients, batches (the sending queue) and their drafts, the
// funnel per variant, exports, settings and the join card. Texts leave
// only through the clipboard: the creator sends them by hand.
import * as Invites from '../../wailsjs/go/app/InvitesAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'
import type { MemberFilter } from './members'

export type Template = app.InviteTemplateDTO
export type Variant = app.InviteVariantDTO
export type Problem = app.InviteProblemDTO
export type Preview = app.InvitePreviewDTO
export type Recipients = app.InviteRecipientsDTO
export type Batch = app.InviteBatchDTO
export type Warning = app.InviteWarningDTO
export type Draft = app.InviteDraftDTO
export type Stage = app.InviteStageDTO
export type JoinReport = app.InviteJoinReportDTO
export type Settings = app.InviteSettingsDTO
export type AdLawWord = app.AdLawWordDTO
export type Card = app.JoinCardDTO

export const PURPOSES = ['core', 'cocreation', 'welfare', 'seat', 'reinvite', 'care', 'custom'] as const
export const PRESETS = ['interaction', 'iron', 'dm', 'entry'] as const
export const STATES = ['drafted', 'copied', 'sent', 'joined', 'declined', 'skipped'] as const
export type State = (typeof STATES)[number]

export interface TemplateInput {
  name: string
  purpose: string
  variants: { label: string; body: string }[]
}

export interface Selection {
  segmentId: number
  filter: MemberFilter | null
  tiers: string[]
  preset: string // '' or one of PRESETS
  groupId: number
}

export const EMPTY_SELECTION: Selection = { segmentId: 0, filter: null, tiers: [], preset: '', groupId: 0 }

export interface PreviewRequest {
  body: string
  templateId: number
  memberId: number
  groupId: number
}

const lists = <T extends { problems: Problem[] | null }>(d: T): T => ({ ...d, problems: d.problems ?? [] })

export const invitesApi = {
  fields: (): Promise<string[]> => call(() => Invites.Fields()),
  /** checkAdLaw runs the invitations' ad-law check on texts to paste: each text's warnings, spans in UTF-16 units. */
  checkAdLaw: (texts: string[]): Promise<Problem[][]> =>
    call(() => Invites.CheckAdLaw(texts)).then((all) => (all ?? []).map((ps) => ps ?? [])),
  templates: (): Promise<Template[]> => call(() => Invites.Templates()).then((ts) => ts ?? []),
  saveTemplate: (id: number, t: TemplateInput): Promise<Template> =>
    call(() => Invites.SaveTemplate(id, t as app.InviteTemplateInputDTO)),
  deleteTemplate: (id: number): Promise<void> => call(() => Invites.DeleteTemplate(id)),
  preview: (r: PreviewRequest): Promise<Preview> =>
    call(() => Invites.Preview(r as app.InvitePreviewRequestDTO)).then((p) => ({
      ...p, problems: p.problems ?? [], checks: p.checks ?? [], fields: p.fields ?? [],
    }) as Preview),
  recipients: (s: Selection): Promise<Recipients> =>
    call(() => Invites.Recipients(s as unknown as app.InviteSelectionDTO)),
  createBatch: (templateId: number, selection: Selection, name: string) =>
    call(() => Invites.CreateBatch({ templateId, selection, name } as unknown as app.InviteBatchRequestDTO)),
  /** warnings are the checks before sending for a template and selection (nothing stored). */
  warnings: (templateId: number, selection: Selection): Promise<Warning[]> =>
    call(() => Invites.Warnings({ templateId, selection, name: '' } as unknown as app.InviteBatchRequestDTO)).then((w) => w ?? []),
  batches: (): Promise<Batch[]> => call(() => Invites.Batches()).then((bs) => bs ?? []),
  deleteBatch: (id: number): Promise<void> => call(() => Invites.DeleteBatch(id)),
  queue: (batchId: number): Promise<Draft[]> => call(() => Invites.Queue(batchId)).then((ds) => (ds ?? []).map(lists)),
  setState: (draftId: number, state: State): Promise<Draft> => call(() => Invites.SetState(draftId, state)).then(lists),
  edit: (draftId: number, text: string): Promise<Draft> => call(() => Invites.Edit(draftId, text)).then(lists),
  funnel: (templateId: number, batchId = 0): Promise<Stage[]> =>
    call(() => Invites.Funnel(templateId, batchId)).then((s) => s ?? []),
  matchJoins: (batchId: number, list: string): Promise<JoinReport> => call(() => Invites.MatchJoins(batchId, list)),
  matchJoinsFile: (batchId: number): Promise<JoinReport | null> => call(() => Invites.MatchJoinsFile(batchId)),
  /** exportBatch asks where to save; the path is "" when the dialog was cancelled. */
  exportBatch: (batchId: number, format: 'csv' | 'xlsx') => call(() => Invites.Export(batchId, format)),
  settings: (): Promise<Settings> => call(() => Invites.Settings()),
  saveSettings: (s: Settings): Promise<Settings> => call(() => Invites.SaveSettings(s)),
  joinCard: (groupId: number, link: string): Promise<Card> => call(() => Invites.JoinCard(groupId, link)),
  saveCardPng: (name: string, pngDataUrl: string): Promise<string> => call(() => Invites.SaveCardPNG(name, pngDataUrl)),
}
