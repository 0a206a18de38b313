// Native dialogs cannot be clicked from the browser: the dev build answers
// them from files in the app's QUNZHU_E2E_DIALOGS folder (see app/dialogs_dev.go).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The next dialog of kind ('save' | 'open') answers with path; none answered = cancelled. */
export function answerDialog(t, kind, path) {
  const dir = join(t.dir, 'dialogs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, kind), path);
}
