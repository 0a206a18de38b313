// Charts out of the app: a chart's PNG is written by the Go side, to a file
// the user picks in the native save dialog.
import * as Activity from '../../wailsjs/go/app/ActivityAPI'
import { call } from './errors'

export const chartsApi = {
  /** savePng saves a PNG data URL under a name offered from title; the path written, or "" when cancelled. */
  savePng: (dataUrl: string, title: string): Promise<string> => call(() => Activity.SaveChart(dataUrl, title)),
}
