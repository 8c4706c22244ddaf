/**
 * Run by the sync-tool tests as a separate Node process: starts a Syncthing pair, prints the process
 * groups it runs in, then waits to be killed. Lets a test SIGKILL the owner of a pair (no exit handler
 * runs) and check that no Syncthing outlives it.
 */
import { startSyncthingPair } from './syncthing-pair';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: syncthing-orphan-probe.ts ROOT');
startSyncthingPair({ root }).then(
  (pair) => {
    process.stdout.write(`ready ${pair.instances.map((instance) => instance.processGroup).join(' ')}\n`);
    setInterval(() => undefined, 60_000);
  },
  (error: unknown) => {
    process.stdout.write(`unavailable ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(0);
  },
);
