/**
 * Two Syncthing instances on 127.0.0.1 sharing one folder, for tests of sync through a real sync tool.
 *
 *   const pair = await startSyncthingPair();           // throws SyncthingUnavailable with a reason
 *   await writeFile(join(pair.a.folderPath, 'x'), ...);
 *   await pair.waitUntilInSync();                        // both folders hold the same files
 *   await pair.stop();                                   // processes killed, folders removed
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outwardFeatureProblems, type EffectiveSettings, type LoopbackPeer } from './syncthing-config';
import { DEFAULT_SYNCTHING, SyncthingInstance, freeLoopbackPort, generateHome, newApiKey, SyncthingUnavailable } from './syncthing-instance';
import { describeTreeDifference, readFolderTree, type FolderTree } from './syncthing-tree';

export { SyncthingUnavailable } from './syncthing-instance';

export interface PairOptions {
  binary?: string;
  /** Where the pair's homes and folders go; a fresh temp folder (removed by stop) when absent. */
  root?: string;
  folderId?: string;
  startTimeoutMs?: number;
}

interface FolderStatus {
  state: string;
  needTotalItems: number;
  globalFiles: number;
  globalDirectories: number;
  globalDeleted: number;
  globalBytes: number;
  pullErrors?: number;
}

interface Completion {
  completion: number;
  needItems: number;
  needDeletes: number;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it answers null (done) or the time is up; the last answer says what was still
 * awaited. A failing check counts as not done yet: Syncthing answers errors for a moment while a folder
 * restarts after a config change.
 */
async function pollUntil(what: string, timeoutMs: number, check: () => Promise<string | null>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waitingFor = await check().catch((error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`);
    if (waitingFor === null) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}: ${waitingFor}`);
    await pause(150);
  }
}

export class SyncthingPair {
  private resumes = 0;

  constructor(
    readonly a: SyncthingInstance,
    readonly b: SyncthingInstance,
    private readonly root: string,
    private readonly ownsRoot: boolean,
  ) {}

  get instances(): [SyncthingInstance, SyncthingInstance] {
    return [this.a, this.b];
  }

  peerOf(instance: SyncthingInstance): SyncthingInstance {
    return instance === this.a ? this.b : this.a;
  }

  /** Pauses (or resumes) `instance`'s side of the connection to its peer; Syncthing drops the connection. */
  async setDevicePaused(instance: SyncthingInstance, paused: boolean): Promise<void> {
    const path = `/rest/config/devices/${this.peerOf(instance).deviceId}`;
    if (paused) {
      await instance.rest('PATCH', path, { body: { paused } });
      return;
    }
    // Unpausing alone leaves the peer to the next round of Syncthing's connect loop, up to a minute away.
    // A changed address list wakes the loop, and an address it has never dialled is dialled at once (one
    // dialled lately waits out its redial delay), so each resume names the same loopback port afresh with a
    // query the tcp dialer ignores.
    this.resumes += 1;
    const { addresses } = await instance.rest<{ addresses: string[] }>('GET', path);
    const fresh = addresses.map((address) => `${address.replace(/\?.*$/, '')}?resume=${this.resumes}`);
    await instance.rest('PATCH', path, { body: { paused, addresses: fresh } });
  }

  /** Pauses (or resumes) the shared folder on `instance`: it neither scans nor exchanges that folder meanwhile. */
  async setFolderPaused(instance: SyncthingInstance, paused: boolean): Promise<void> {
    await instance.rest('PATCH', `/rest/config/folders/${encodeURIComponent(instance.folderId)}`, { body: { paused } });
    await pollUntil(`folder ${paused ? 'paused' : 'running'} on ${instance.name}`, 30_000, async () => {
      // Syncthing 1.19 reports a paused folder's state as "" (later versions say "paused").
      const { state } = await this.folderStatus(instance);
      return (state === '' || state === 'paused') === paused ? null : `state ${JSON.stringify(state)}`;
    });
  }

  /** Both sides pause each other and are seen disconnected, so nothing passes between them until resume. */
  async pause(): Promise<void> {
    await Promise.all(this.instances.map((instance) => this.setDevicePaused(instance, true)));
    await this.waitUntilConnected(false);
  }

  /** Both sides resume each other and wait until they are connected again. */
  async resume(): Promise<void> {
    // One after the other: resumed together, both dial at once and may each drop the other's connection.
    for (const instance of this.instances) await this.setDevicePaused(instance, false);
    await this.waitUntilConnected(true);
  }

  /** Undoes every pause (devices and folders, both sides) and waits until connected: a clean slate between tests. */
  async resumeAll(): Promise<void> {
    for (const instance of this.instances) await this.setFolderPaused(instance, false);
    await this.resume();
  }

  async isConnected(instance: SyncthingInstance): Promise<boolean> {
    const { connections } = await instance.rest<{ connections: Record<string, { connected: boolean }> }>('GET', '/rest/system/connections');
    return connections[this.peerOf(instance).deviceId]?.connected === true;
  }

  async waitUntilConnected(connected = true, timeoutMs = 60_000): Promise<void> {
    await pollUntil(connected ? 'the pair to connect' : 'the pair to disconnect', timeoutMs, async () => {
      const states = await Promise.all(this.instances.map((instance) => this.isConnected(instance)));
      const wrong = this.instances.filter((_, index) => states[index] !== connected).map((instance) => instance.name);
      return wrong.length === 0 ? null : `${wrong.join(' and ')} ${connected ? 'not yet connected' : 'still connected'}`;
    });
  }

  /** Scans the shared folder on `instance` now (Syncthing answers once the scan is done). */
  async rescan(instance: SyncthingInstance): Promise<void> {
    await instance.rest('POST', `/rest/db/scan?folder=${encodeURIComponent(instance.folderId)}`, { timeoutMs: 60_000 });
  }

  async folderStatus(instance: SyncthingInstance): Promise<FolderStatus> {
    return instance.rest<FolderStatus>('GET', `/rest/db/status?folder=${encodeURIComponent(instance.folderId)}`);
  }

  /** What `instance` knows of `file` in the shared folder (its index and the global one), or null if nothing. */
  async fileInfo(instance: SyncthingInstance, file: string): Promise<unknown> {
    try {
      return await instance.rest('GET', `/rest/db/file?folder=${encodeURIComponent(instance.folderId)}&file=${encodeURIComponent(file)}`);
    } catch (error) {
      if (error instanceof Error && / 404 /.test(error.message)) return null;
      throw error;
    }
  }

  /** Why the two are not yet in sync by Syncthing's own account, or null when they are. */
  private async syncthingLag(): Promise<string | null> {
    const lags: string[] = [];
    const statuses: FolderStatus[] = [];
    for (const instance of this.instances) {
      const peer = this.peerOf(instance);
      const folder = encodeURIComponent(instance.folderId);
      const [status, completion, connected] = await Promise.all([
        this.folderStatus(instance),
        instance.rest<Completion>('GET', `/rest/db/completion?folder=${folder}&device=${peer.deviceId}`),
        this.isConnected(instance),
      ]);
      statuses.push(status);
      if (!connected) lags.push(`${instance.name} not connected to ${peer.name}`);
      if (status.state !== 'idle') lags.push(`${instance.name} is ${status.state}`);
      if (status.needTotalItems > 0) lags.push(`${instance.name} needs ${status.needTotalItems} items`);
      if (status.pullErrors) lags.push(`${instance.name} has ${status.pullErrors} pull errors`);
      if (completion.completion < 100 || completion.needItems > 0 || completion.needDeletes > 0) {
        lags.push(`${instance.name} sees ${peer.name} at ${completion.completion}% (${completion.needItems} items to go)`);
      }
    }
    const global = (status: FolderStatus): string =>
      `${status.globalFiles} files, ${status.globalDirectories} dirs, ${status.globalDeleted} deleted, ${status.globalBytes} bytes`;
    if (global(statuses[0]!) !== global(statuses[1]!)) lags.push(`global state differs: ${global(statuses[0]!)} vs ${global(statuses[1]!)}`);
    return lags.length ? lags.join('; ') : null;
  }

  /**
   * Scans both sides, then waits until Syncthing reports each side idle, needing nothing and seeing its
   * peer complete, and both folders hold the same files with the same bytes. Scans again now and then
   * while waiting, so a file Syncthing itself made (a conflict copy) is counted without relying on the
   * file watcher. Answers the folder contents both sides agree on.
   */
  async waitUntilInSync(timeoutMs = 60_000): Promise<FolderTree> {
    let tree: FolderTree = new Map();
    let lastScan = 0;
    const waiting = pollUntil('the pair to be in sync', timeoutMs, async () => {
      if (Date.now() - lastScan > 2_000) {
        await Promise.all(this.instances.map((instance) => this.rescan(instance)));
        lastScan = Date.now();
      }
      const lag = await this.syncthingLag();
      if (lag) return lag;
      const [treeA, treeB] = await Promise.all(this.instances.map((instance) => readFolderTree(instance.folderPath)));
      const difference = describeTreeDifference(treeA!, treeB!, this.a.name, this.b.name);
      if (difference) return `Syncthing says in sync, yet the folders differ: ${difference}`;
      tree = treeA!;
      return null;
    });
    await waiting.catch((error: unknown) => {
      throw new Error(`${String(error)}\n${this.instances.map((instance) => `--- Syncthing ${instance.name}:\n${instance.log()}`).join('\n')}`);
    });
    return tree;
  }

  /** The settings each instance runs with, as its REST API reports them. */
  async effectiveSettings(instance: SyncthingInstance): Promise<EffectiveSettings> {
    const [config, status] = await Promise.all([
      instance.rest<EffectiveSettings['config']>('GET', '/rest/config'),
      instance.rest<EffectiveSettings['status']>('GET', '/rest/system/status'),
    ]);
    return { config, status };
  }

  /** Every outward feature found on, per instance name; all lists empty when both stay on loopback. */
  async outwardFeatures(): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const instance of this.instances) found[instance.name] = outwardFeatureProblems(await this.effectiveSettings(instance));
    return found;
  }

  /** Stops both processes (never leaving one running, even if the other fails to stop) and removes the pair's files. */
  async stop(): Promise<void> {
    await Promise.allSettled(this.instances.map((instance) => instance.stop()));
    if (this.ownsRoot) await rm(this.root, { recursive: true, force: true });
  }
}

/**
 * Generates two homes, locks both configs to loopback with each other as the only device and one shared
 * folder, starts both and waits until they are connected. Throws SyncthingUnavailable (with the reason)
 * when Syncthing is missing or will not start; nothing is left running either way.
 */
export async function startSyncthingPair(options: PairOptions = {}): Promise<SyncthingPair> {
  const binary = options.binary ?? DEFAULT_SYNCTHING;
  const root = options.root ?? (await mkdtemp(join(tmpdir(), 'bf-syncthing-')));
  const ownsRoot = options.root === undefined;
  const folderId = options.folderId ?? 'bounce-forward-sync';
  const started: SyncthingInstance[] = [];
  try {
    const names = ['a', 'b'] as const;
    const homes = names.map((name) => generateHome(join(root, name, 'home'), binary));
    const ports = await Promise.all([0, 1, 2, 3].map(() => freeLoopbackPort()));
    const peers: LoopbackPeer[] = names.map((name, index) => ({ deviceId: homes[index]!.deviceId, name, syncPort: ports[index]! }));
    const settled = await Promise.allSettled(
      names.map((name, index) =>
        SyncthingInstance.start(
          name,
          homes[index]!,
          {
            self: peers[index]!,
            peers: peers.filter((_, other) => other !== index),
            guiPort: ports[2 + index]!,
            apiKey: newApiKey(),
            folder: { id: folderId, path: join(root, name, 'folder'), fsWatcherDelayS: 1, rescanIntervalS: 60 },
          },
          options.startTimeoutMs,
        ),
      ),
    );
    for (const outcome of settled) if (outcome.status === 'fulfilled') started.push(outcome.value);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const instances = started;
    const pair = new SyncthingPair(instances[0]!, instances[1]!, root, ownsRoot);
    try {
      await pair.waitUntilConnected(true);
    } catch (error) {
      throw new SyncthingUnavailable(
        `the two Syncthing instances started but did not connect on 127.0.0.1 (${String(error)}):\n` +
          instances.map((instance) => `--- ${instance.name}\n${instance.log()}`).join('\n'),
      );
    }
    return pair;
  } catch (error) {
    await Promise.allSettled(started.map((instance) => instance.stop()));
    if (ownsRoot) await rm(root, { recursive: true, force: true });
    throw error;
  }
}
