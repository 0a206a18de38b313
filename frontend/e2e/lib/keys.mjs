// Catalog keys the specs read expected strings from. Each lists the names
// the key may have (the first one present in all three catalogs wins).
const k = (...names) => (i18n) => i18n.pick(...names);

export const K = {
  navGroups: k('ui.nav.groups'),
  navSettings: k('ui.nav.settings'),
  groupsTitle: k('ui.groups.title', 'ui.nav.groups'),
  // go-i18n reserves the leaf "other", hence ui.platform.other_platform.
  platform: (p) => (p === 'other' ? k('ui.platform.other_platform') : k(`ui.platform.${p}`)),
  purpose: (p) => k(`ui.purpose.${p}`),
  required: k('err.field.required'),
  nameTaken: k('err.group.name_taken'),
  newerDB: k('err.db.newer'),
};
