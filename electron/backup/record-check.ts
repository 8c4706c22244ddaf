import { EARLIER_VERSION_KIND, earlierVersionRecordSchema } from '../../shared/domain/earlier-version';
import type { SetAsideRecord } from '../../shared/domain/backup';
import { checkRecord, isRecordKind } from '../../shared/domain/record-kinds';
import { VaultError } from '../vault/errors';
import type { BackupRecord } from './format/body-lines';

/** Enough named records for the person to act on; the count says how many more. */
export const LISTED_SET_ASIDE = 50;

/**
 * Why a backup's record may not be used, or null when it may. A kind this version
 * does not know is kept unchanged (a newer app's records must survive a round trip
 * through an older one); every known kind is checked against its schema with the id
 * it is stored under, so a record cannot name another record inside it.
 */
export function problemWith(record: BackupRecord): string | null {
  if (record.kind === EARLIER_VERSION_KIND) {
    const version = earlierVersionRecordSchema.safeParse(record.data);
    if (version.success && !isRecordKind(version.data.of.kind)) return null;
  } else if (!isRecordKind(record.kind)) return null;
  const checked = checkRecord(record.kind, record.id, record.data);
  return checked.ok ? null : checked.reason;
}

/**
 * The one check every reader of a backup runs (verify, test restore, restore,
 * merge), so verify passes exactly what restore accepts. Records go by one at a
 * time: a record that fails its schema is named and left out (it stays in the
 * backup file, untouched); one id held twice makes the whole file damaged, because
 * nothing says which copy is the person's.
 */
export class BackupRecordCheck {
  private readonly seen = new Set<string>();
  readonly setAside: SetAsideRecord[] = [];
  setAsideCount = 0;

  /** `wanted` narrows what is used (and named) without narrowing the check for damage. */
  constructor(private readonly wanted: (record: BackupRecord) => boolean = () => true) {}

  /** True when the record may be used; throws DAMAGED on an id seen before. */
  accept(record: BackupRecord): boolean {
    if (this.seen.has(record.id)) {
      throw new VaultError('DAMAGED', `This backup is damaged: it holds record ${record.id} twice, so it cannot say which copy is right. Nothing was changed.`);
    }
    this.seen.add(record.id);
    if (!this.wanted(record)) return false;
    const problem = problemWith(record);
    if (problem === null) return true;
    this.setAsideCount += 1;
    if (this.setAside.length < LISTED_SET_ASIDE) this.setAside.push({ id: record.id, kind: record.kind.slice(0, 64), reason: problem });
    return false;
  }
}

/** The records "restore these entries" looks at: those ids, and earlier versions of them. */
export function onlyThese(ids: readonly string[]): (record: BackupRecord) => boolean {
  const wanted = new Set(ids);
  return (record) => {
    if (wanted.has(record.id)) return true;
    if (record.kind !== EARLIER_VERSION_KIND) return false;
    const of = (record.data as { of?: { id?: unknown } } | null)?.of?.id;
    return typeof of === 'string' && wanted.has(of);
  };
}
