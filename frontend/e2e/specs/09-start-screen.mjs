// Where the app opens: on a fresh database the groups screen (to make the
// first group); once a group exists, the morning dashboard; a screen the
// user went to stays open across a reload.
import { tid, call, T } from '../lib/ui.mjs';
import { groupInput } from '../lib/groups.mjs';

export default {
  name: 'the app opens on the dashboard once there is a group',
  async run(t) {
    const app = await t.startApp();
    const page = await t.newPage();
    const plain = async () => {
      await page.goto(app.url, { waitUntil: 'domcontentloaded', timeout: T.normal });
      await page.waitForSelector(tid('app-shell'), { state: 'visible', timeout: T.normal });
    };

    await plain();
    await page.waitForSelector(tid('groups-empty'), { state: 'visible', timeout: T.normal });

    await call(page, 'GroupsAPI.Create', groupInput({ name: '早安群' }));
    await plain();
    await page.waitForSelector(tid('dashboard-view'), { state: 'visible', timeout: T.normal });
    await page.waitForSelector(tid('dashboard-plan'), { state: 'visible', timeout: T.normal });

    await page.locator(tid('nav-groups')).click();
    await page.waitForSelector(`${tid('groups-table')} >> text=早安群`, { timeout: T.normal });
    await page.reload({ waitUntil: 'domcontentloaded', timeout: T.normal });
    await page.waitForSelector(`${tid('groups-table')} >> text=早安群`, { timeout: T.normal });
  },
};
