import * as Backups from '../../wailsjs/go/app/BackupsAPI'
import type { app } from '../../wailsjs/go/models'
import { call } from './errors'

export type Backup = app.BackupDTO

export const backupsApi = {
  list: (): Promise<Backup[]> => call(() => Backups.List()),
  create: (): Promise<Backup> => call(() => Backups.Create()),
  /** restore replaces the data with a backup's and returns the safety backup of the data it replaced. */
  restore: (name: string): Promise<Backup> => call(() => Backups.Restore(name)),
}
