import type { Evidence } from './evidence/evidence';
import type { RecordStore } from './storage/record-store';
import type { Trashable, TrashClock } from './trash-clock';

/** One kind of record that goes to the trash: what is held, what the manifest names it by, and how it is deleted for good. */
export interface TrashGroup {
  kind: string;
  items: () => Iterable<Trashable>;
  titleOf: (id: string) => string | undefined;
  /** Deletes the record and its earlier versions, then forgets it. */
  purge: (id: string) => Promise<void>;
}

/**
 * At unlock: records found in the trash with no clock yet start theirs now; then
 * whatever the person's own trash says is due goes. A purge that fails is retried
 * at the next unlock and the record stays in the trash meanwhile.
 */
export async function keepTrashClocks(store: RecordStore, clock: TrashClock, problemIds: Iterable<string>, now: Date, groups: TrashGroup[]): Promise<void> {
  for (const group of groups) {
    for (const item of clock.startMissing(group.items(), now)) {
      const title = group.titleOf(item.id);
      await store.note(item.id, group.kind, { ...(title === undefined ? {} : { title }), trashedHere: clock.when(item.id)! }).catch(() => undefined);
    }
  }
  for (const id of problemIds) clock.distrust(id);
  for (const group of groups) {
    for (const item of clock.expired(group.items(), now)) {
      await group.purge(item.id).then(
        () => clock.stopped(item.id),
        () => undefined,
      );
    }
  }
}

/** The journal's entries (as given) and every kind of evidence, each as a trash group. */
export function trashGroupsOf(entryKind: string, entries: Omit<TrashGroup, 'kind'>, evidence: Evidence): TrashGroup[] {
  const kept = evidence.collections().map(
    (records): TrashGroup => ({ kind: records.kind, items: () => records.values(), titleOf: (id) => records.titleOf(id), purge: (id) => records.removeWithVersions(id) }),
  );
  return [{ kind: entryKind, ...entries }, ...kept];
}
