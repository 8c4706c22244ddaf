/**
 * The allowlist of API methods, free of schemas so the sandboxed preload stays tiny.
 * contract.ts must describe exactly these (checked by the type system and a test).
 */
export const API_METHODS = [
  'vault.status',
  'vault.create',
  'vault.saveRecoveryCode',
  'vault.confirmRecoveryCode',
  'vault.cancelCreate',
  'vault.unlock',
  'vault.recover',
  'vault.changePassphrase',
  'vault.lock',
  'vault.dismissProblems',
  'vault.reencrypt',
  'vault.newRecoveryCode',
  'entries.list',
  'entries.get',
  'entries.save',
  'entries.trash',
  'entries.restore',
  'entries.purge',
  'entries.tags',
  'entries.correctFraming',
  'steps.list',
  'steps.settle',
  'reflections.rootCausePattern',
  'timeline.months',
  'settings.get',
  'settings.update',
  'session.activity',
  'entries.versions',
  'backup.export',
  'backup.choose',
  'backup.verify',
  'backup.testRestore',
  'backup.previewMerge',
  'backup.merge',
  'backup.restoreInto',
  'backup.exportPlain',
  'backup.importJournal',
  'backup.autoSettings',
  'backup.updateAutoSettings',
  'backup.runAutoNow',
  'work.cancel',
  'wins.list',
  'wins.overview',
  'wins.get',
  'wins.save',
  'wins.trash',
  'wins.remember',
  'wins.surface',
  'wins.forEntry',
  'steps.own',
  'steps.add',
  'steps.settleOwn',
  'steps.trashOwn',
  'practices.list',
  'practices.plan',
  'practices.complete',
  'practices.trash',
  'trash.list',
  'trash.restore',
  'trash.purge',
  'timeline.extent',
  'timeline.view',
  'timeline.summary',
  'timeline.periods',
  'timeline.savePeriod',
  'timeline.deletePeriod',
  'timeline.patterns',
  'timeline.onThisDay',
  'timeline.leaveOut',
  'timeline.calendar',
  'timeline.day',
  'timeline.review',
  'timeline.saveReview',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** Events the main process pushes to the window. */
export const API_EVENTS = ['locked', 'menu', 'entriesFramed', 'progress'] as const;
export type ApiEvent = (typeof API_EVENTS)[number];

export function channelForMethod(method: ApiMethod): string {
  return `bounce:${method}`;
}

export function channelForEvent(event: ApiEvent): string {
  return `bounce-event:${event}`;
}
