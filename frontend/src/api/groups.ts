import * as Groups from '../../wailsjs/go/app/GroupsAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Group = app.GroupDTO
export type GroupInput = app.GroupInput
export type GroupOptions = app.GroupOptionsDTO

export const groupsApi = {
  list: (archived: boolean): Promise<Group[]> => call(() => Groups.List(archived)),
  create: (input: GroupInput): Promise<Group> => call(() => Groups.Create(input)),
  update: (id: number, input: GroupInput): Promise<Group> => call(() => Groups.Update(id, input)),
  archive: (id: number): Promise<Group> => call(() => Groups.Archive(id)),
  restore: (id: number): Promise<Group> => call(() => Groups.Restore(id)),
  options: (): Promise<GroupOptions> => call(() => Groups.Options()),
}
