import { isVaultError } from '../errors';
import { openRecord, type OpenedRecord } from '../crypto/sealed-record';
import type { FileSystem } from './file-system';
import { PREVIOUS_SUFFIX } from './record-paths';

export type SealedRead<T> =
  | { kind: 'opened'; record: OpenedRecord<T>; fromPrevious: false }
  /** The file itself could not be used; the version saved before it could. */
  | { kind: 'opened'; record: OpenedRecord<T>; fromPrevious: true; problem: string; currentDamaged: boolean }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: string; currentDamaged: boolean };

/**
 * The one way a sealed file is read: the file, or when it is missing or damaged,
 * the version saved before it (`.prev`), saying which and why. Every record, the
 * settings and the manifest are read through here, so there is one fallback to
 * reason about.
 */
export function readWithLastGoodCopy<T>(fs: FileSystem, key: Uint8Array, path: string, binding: { id: string; kind?: string }, name = `record ${binding.id}`): SealedRead<T> {
  let problem: string | null = null;
  try {
    return { kind: 'opened', record: openRecord<T>(key, fs.readFileSync(path), binding), fromPrevious: false };
  } catch (error) {
    if (!isMissing(error)) problem = describe(error, name);
  }
  let previous: OpenedRecord<T>;
  try {
    previous = openRecord<T>(key, fs.readFileSync(`${path}${PREVIOUS_SUFFIX}`), binding);
  } catch (error) {
    if (problem === null) {
      return isMissing(error) ? { kind: 'missing' } : { kind: 'damaged', problem: `The ${name} is missing. The version saved before it is damaged too.`, currentDamaged: false };
    }
    return { kind: 'damaged', problem: isMissing(error) ? problem : `${problem} The version saved before it is damaged too.`, currentDamaged: true };
  }
  return {
    kind: 'opened',
    record: previous,
    fromPrevious: true,
    problem: `${problem ?? `The ${name} is missing.`} The version saved before it was opened instead.`,
    currentDamaged: problem !== null,
  };
}

function isMissing(error: unknown): boolean {
  return !isVaultError(error) && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

function describe(error: unknown, name: string): string {
  return isVaultError(error) ? error.message : `The ${name} could not be read from disk.`;
}
