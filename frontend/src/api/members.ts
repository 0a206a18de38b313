import * as Members from '../../wailsjs/go/app/MembersAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Member = app.MemberDTO
/** MemberRow is one list row; standing is null (or absent) until the member is scored. */
export type MemberRow = Omit<app.MemberRowDTO, 'convertValues' | 'standing'> & { standing?: app.StandingDTO | null }
export type MemberInput = app.MemberInputDTO
export type MemberFilter = app.MemberFilterDTO
export type MemberOptions = app.MemberOptionsDTO
export type Identity = app.IdentityDTO
export type Membership = app.MembershipDTO
export type TagCount = app.TagCountDTO
export type Segment = app.SegmentDTO
export type DuplicatePair = app.DuplicatePairDTO
export type BulkResult = app.BulkResultDTO
export type ExportResult = app.ExportResultDTO
export type MergeResult = app.MergeResultDTO

/** MemberQuery is one filtered, sorted page; sort "" is newest first. */
export interface MemberQuery {
  filter: MemberFilter
  sort: string
  desc: boolean
  offset: number
  limit: number
}

/** Selection is some members by id, or (filter set) the whole filtered result. */
export interface Selection {
  ids: number[]
  filter: MemberFilter | null
}

export type BulkAction = 'addTags' | 'removeTags' | 'addToGroup' | 'setRole' | 'trash' | 'restore'

export interface BulkRequest {
  selection: Selection
  action: BulkAction
  tags?: string[]
  groupId?: number
  role?: string
}

export type ExportFormat = 'csv' | 'xlsx'

export interface ExportRequest {
  selection: Selection
  columns: string[] // MemberRowDTO field names
  headers: string[] // as shown; "" = the backend's name for the column
  format: ExportFormat
  path: string
  sort: string
  desc: boolean
}

// The generated request classes carry a helper method; plain objects are what
// actually cross to Go, hence the casts.
const bulkDTO = (r: BulkRequest) => ({ tags: [], groupId: 0, role: '', ...r }) as unknown as app.BulkRequestDTO

export const membersApi = {
  list: (q: MemberQuery): Promise<MemberRow[]> => call(() => Members.List(q as app.MemberQueryDTO)),
  count: (f: MemberFilter): Promise<number> => call(() => Members.Count(f)),
  get: (id: number): Promise<Member> => call(() => Members.Get(id)),
  create: (input: MemberInput): Promise<Member> => call(() => Members.Create(input)),
  update: (id: number, input: MemberInput): Promise<Member> => call(() => Members.Update(id, input)),
  options: (): Promise<MemberOptions> => call(() => Members.Options()),
  tags: (): Promise<TagCount[]> => call(() => Members.Tags()),

  addIdentity: (id: number, ident: Identity): Promise<Member> => call(() => Members.AddIdentity(id, ident)),
  removeIdentity: (id: number, ident: Identity): Promise<Member> => call(() => Members.RemoveIdentity(id, ident)),
  setMembership: (id: number, m: Membership): Promise<Member> => call(() => Members.SetMembership(id, m)),
  removeMembership: (id: number, groupId: number): Promise<Member> =>
    call(() => Members.RemoveMembership(id, groupId)),

  bulk: (r: BulkRequest): Promise<BulkResult> => call(() => Members.Bulk(bulkDTO(r))),
  /** undo reverts a bulk action or a merge and returns how many members it touched. */
  undo: (undoId: number): Promise<number> => call(() => Members.Undo(undoId)),

  segments: (): Promise<Segment[]> => call(() => Members.Segments()),
  /** saveSegment creates (id 0) or changes a segment. */
  saveSegment: (id: number, name: string, filter: MemberFilter): Promise<Segment> =>
    call(() => Members.SaveSegment({ id, name, filter } as app.SegmentInputDTO)),
  deleteSegment: (id: number): Promise<void> => call(() => Members.DeleteSegment(id)),

  duplicates: (limit: number): Promise<DuplicatePair[]> => call(() => Members.Duplicates(limit)),
  /** merge folds other into keep; the answer's undoId reverts it. */
  merge: (keep: number, other: number): Promise<MergeResult> => call(() => Members.Merge(keep, other)),

  /** chooseExportPath asks where to save; "" when the user cancelled. */
  chooseExportPath: (format: ExportFormat): Promise<string> => call(() => Members.ChooseExportPath(format)),
  export: (r: ExportRequest): Promise<ExportResult> =>
    call(() => Members.Export(r as unknown as app.ExportRequestDTO)),
}
