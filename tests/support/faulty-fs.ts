import { basename } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../electron/vault/storage/file-system';

export type FsOperation = keyof FileSystem;

/** Operations that change the disk; the ones a write fault is injected into. */
export const WRITE_OPERATIONS: readonly FsOperation[] = ['writeNewFileSynced', 'appendSynced', 'rename', 'link', 'fsyncDirectory', 'unlink', 'mkdir'];

export interface FaultRule {
  op: FsOperation | readonly FsOperation[];
  /** The errno code thrown: ENOSPC, EIO, EACCES, EROFS, EPERM… */
  code: string;
  /** Only calls whose path (or either path, for rename and link) matches. */
  path?: RegExp;
  /** Let this many matching calls through first. */
  after?: number;
  /** Fail this many matching calls, then let the rest through; unlimited when absent. */
  times?: number;
  /**
   * For writeNewFileSynced, how far the write gets before failing, like a real disk:
   * 'open' fails before the file exists (a read-only folder), 'write' leaves half the
   * bytes (the disk filled up), 'fsync' leaves all of them unsynced (an I/O error on flush).
   */
  stage?: 'open' | 'write' | 'fsync';
}

export interface FaultyFileSystem {
  fs: FileSystem;
  fail(rule: FaultRule): void;
  clear(): void;
  /** How many faults have been thrown since creation. */
  readonly injected: number;
  /** Every call, in order, for counting the steps an operation takes. */
  readonly calls: { op: FsOperation; path: string }[];
}

export function simulatedError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${op} '${basename(path)}'`), { code, syscall: op, path });
}

/**
 * The real file system with faults injected through the vault's FileSystem seam,
 * so the code under test runs its real path up to the failing call.
 */
export function createFaultyFileSystem(base: FileSystem = nodeFileSystem): FaultyFileSystem {
  let rules: { rule: FaultRule; seen: number; thrown: number }[] = [];
  let injected = 0;
  const calls: { op: FsOperation; path: string }[] = [];

  const faultFor = (op: FsOperation, paths: string[]): FaultRule | null => {
    for (const entry of rules) {
      const ops = typeof entry.rule.op === 'string' ? [entry.rule.op] : entry.rule.op;
      if (!ops.includes(op)) continue;
      if (entry.rule.path && !paths.some((path) => entry.rule.path!.test(path))) continue;
      entry.seen += 1;
      if (entry.seen <= (entry.rule.after ?? 0)) continue;
      if (entry.thrown >= (entry.rule.times ?? Infinity)) continue;
      entry.thrown += 1;
      injected += 1;
      return entry.rule;
    }
    return null;
  };

  const guard = async <T>(op: FsOperation, paths: string[], run: () => Promise<T>): Promise<T> => {
    calls.push({ op, path: paths[0] ?? '' });
    const fault = faultFor(op, paths);
    if (fault) throw simulatedError(fault.code, op, paths[0] ?? '');
    return run();
  };

  const fs: FileSystem = {
    readFile: (path) => guard('readFile', [path], () => base.readFile(path)),
    readFileSync(path, maxBytes) {
      calls.push({ op: 'readFileSync', path });
      const fault = faultFor('readFileSync', [path]);
      if (fault) throw simulatedError(fault.code, 'readFileSync', path);
      return base.readFileSync(path, maxBytes);
    },
    async writeNewFileSynced(path, data) {
      calls.push({ op: 'writeNewFileSynced', path });
      const fault = faultFor('writeNewFileSynced', [path]);
      if (!fault) return base.writeNewFileSynced(path, data);
      const stage = fault.stage ?? 'open';
      if (stage === 'write') await base.writeNewFileSynced(path, data.subarray(0, Math.floor(data.length / 2)));
      if (stage === 'fsync') await base.writeNewFileSynced(path, data);
      throw simulatedError(fault.code, stage === 'fsync' ? 'fsync' : stage, path);
    },
    async appendSynced(path, data) {
      calls.push({ op: 'appendSynced', path });
      const fault = faultFor('appendSynced', [path]);
      if (!fault) return base.appendSynced(path, data);
      const stage = fault.stage ?? 'open';
      if (stage === 'write') await base.appendSynced(path, data.subarray(0, Math.floor(data.length / 2)));
      if (stage === 'fsync') await base.appendSynced(path, data);
      throw simulatedError(fault.code, stage === 'fsync' ? 'fsync' : stage, path);
    },
    rename: (from, to) => guard('rename', [from, to], () => base.rename(from, to)),
    link: (existing, newPath) => guard('link', [existing, newPath], () => base.link(existing, newPath)),
    fsyncDirectory: (path) => guard('fsyncDirectory', [path], () => base.fsyncDirectory(path)),
    unlink: (path) => guard('unlink', [path], () => base.unlink(path)),
    mkdir: (path) => guard('mkdir', [path], () => base.mkdir(path)),
    readdir: (path) => guard('readdir', [path], () => base.readdir(path)),
    exists: (path) => guard('exists', [path], () => base.exists(path)),
  };

  return {
    fs,
    fail(rule) {
      rules.push({ rule, seen: 0, thrown: 0 });
    },
    clear() {
      rules = [];
    },
    get injected() {
      return injected;
    },
    calls,
  };
}
