import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../../electron/vault/storage/file-system';

/**
 * A model of a sync tool between each computer's own copy of the synced folder,
 * with every habit the issue lists: files delivered in any order and after long
 * delays, twice, cut short and completed later, renamed into conflict copies; and
 * reads that fail (ENOENT, EIO, EDEADLK as a cloud placeholder does) on the
 * computer reading. It never deletes a file, as a well-behaved tool does not.
 */
export interface ToolCounts {
  delivered: number;
  outOfOrder: number;
  duplicates: number;
  truncations: number;
  conflictCopies: number;
  failedReads: number;
}

interface Pending {
  from: number;
  to: number;
  path: string;
}

export class ModelSyncTool {
  readonly counts: ToolCounts = { delivered: 0, outOfOrder: 0, duplicates: 0, truncations: 0, conflictCopies: 0, failedReads: 0 };
  /** Per target and path: delivered whole, or only cut short. */
  private readonly arrived = new Map<string, 'whole' | 'cut' | 'copy'>();
  private readonly failures = new Map<number, string[]>();
  private copies = 0;

  constructor(readonly folders: string[]) {}

  private filesIn(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return (readdirSync(folder, { recursive: true }) as string[])
      .filter((name) => statSync(join(folder, name)).isFile())
      .filter((name) => !name.split(sep).some((part) => part.startsWith('.')))
      .map((name) => name.split(sep).join('/'));
  }

  /** Files a computer wrote itself (in its own device folder) that some other copy does not have whole yet. */
  pending(): Pending[] {
    const out: Pending[] = [];
    for (const [from, folder] of this.folders.entries()) {
      for (const path of this.filesIn(folder)) {
        if (this.arrived.has(`${from}:${path}`) && this.arrived.get(`${from}:${path}`) !== 'whole') continue;
        for (const to of this.folders.keys()) {
          if (to === from) continue;
          const state = this.arrived.get(`${to}:${path}`);
          // The computer that wrote the file has it already: the tool never writes over a computer's own file.
          if (state === undefined && existsSync(join(this.folders[to]!, path))) continue;
          if (state !== 'whole' && state !== 'copy') out.push({ from, to, path });
        }
      }
    }
    return out.sort((a, b) => `${a.path}${a.to}`.localeCompare(`${b.path}${b.to}`));
  }

  /** Delivers one pending file in one of the tool's ways; `pick` and `how` come from the test's random choices. */
  step(pick: number, how: 'whole' | 'cut' | 'conflict' | 'twice'): void {
    const waiting = this.pending();
    if (waiting.length === 0) return;
    const item = waiting[pick % waiting.length]!;
    const bytes = readFileSync(join(this.folders[item.from]!, item.path));
    if (pick % waiting.length !== 0) this.counts.outOfOrder += 1;
    if (how === 'cut' && bytes.length > 1 && this.arrived.get(`${item.to}:${item.path}`) !== 'cut') {
      this.put(item.to, item.path, bytes.subarray(0, 1 + (pick % (bytes.length - 1))));
      this.arrived.set(`${item.to}:${item.path}`, 'cut');
      this.counts.truncations += 1;
      return;
    }
    if (how === 'conflict' && /\/[0-9]+\.bfs$/u.test(item.path) && !this.arrived.has(`${item.to}:${item.path}`)) {
      this.copies += 1;
      const copy = this.copies % 2 === 0 ? `.sync-conflict-20261208-0000${this.copies}-ABCDEFG.bfs` : ` (desk-pc's conflicted copy ${this.copies}).bfs`;
      this.put(item.to, item.path.replace(/\.bfs$/u, copy), bytes);
      this.arrived.set(`${item.to}:${item.path}`, 'copy');
      this.counts.conflictCopies += 1;
      return;
    }
    this.put(item.to, item.path, bytes);
    this.arrived.set(`${item.to}:${item.path}`, 'whole');
    this.counts.delivered += 1;
    if (how === 'twice') {
      this.put(item.to, item.path, bytes);
      this.counts.duplicates += 1;
    }
  }

  /** Everything still waiting, delivered whole (cut files completed): the tool catching up at last. */
  deliverAll(): void {
    for (let waiting = this.pending(); waiting.length > 0; waiting = this.pending()) this.step(0, 'whole');
  }

  private put(to: number, path: string, bytes: Uint8Array): void {
    const target = join(this.folders[to]!, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }

  /** The next `count` reads of synced files on computer `on` fail with `code`. */
  failReads(on: number, code: string, count: number): void {
    this.failures.set(on, [...(this.failures.get(on) ?? []), ...Array<string>(count).fill(code)]);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  /** Computer `on`'s file system: the real one, quick (no fsync: this is a model), with the failures above in its synced folder. */
  fileSystemOf(on: number): FileSystem {
    const folder = this.folders[on]!;
    const fail = (path: string): void => {
      if (relative(folder, path).startsWith('..')) return;
      const code = this.failures.get(on)?.shift();
      if (!code) return;
      this.counts.failedReads += 1;
      throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    return {
      ...nodeFileSystem,
      async readFile(path) {
        fail(path);
        return nodeFileSystem.readFile(path);
      },
      async readdir(path) {
        fail(path);
        return nodeFileSystem.readdir(path);
      },
      fsyncDirectory: async () => undefined,
    };
  }
}
