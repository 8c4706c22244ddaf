/**
 * Names inside the synced folder. Every computer writes only under its own
 * `devices/<device>/` folder, and a file's name is only its sequence number there:
 * nothing about which records, kinds, titles or dates it holds.
 */
export const DEVICES_FOLDER = 'devices';
export const REPLICA_EXTENSION = '.bfs';

/** A device folder's name: the device id, 32 random hex digits that mean nothing outside the app. */
const DEVICE_ID = /^[0-9a-f]{32}$/u;
export function isDeviceId(name: string): boolean {
  return DEVICE_ID.test(name);
}

export function replicaFileName(seq: number): string {
  return `${seq}${REPLICA_EXTENSION}`;
}

/**
 * The sequence number a file in a device folder stands for, also when a sync tool
 * renamed it into a conflict copy: Syncthing's `5.sync-conflict-20261208-101010-ABCDEFG.bfs`,
 * Dropbox's and Nextcloud's `5 (conflicted copy 2026-12-08).bfs` or
 * `5 (desk-pc's conflicted copy).bfs`. Null for anything else (temp files, `.icloud`
 * placeholders, files of other apps).
 */
export function seqOfReplicaName(name: string): { seq: number; conflictCopy: boolean } | null {
  const plain = /^([1-9][0-9]{0,11})\.bfs$/u.exec(name);
  if (plain) return { seq: Number(plain[1]), conflictCopy: false };
  const syncthing = /^([1-9][0-9]{0,11})\.sync-conflict-[0-9A-Za-z-]{1,80}\.bfs$/u.exec(name);
  if (syncthing) return { seq: Number(syncthing[1]), conflictCopy: true };
  const copy = /^([1-9][0-9]{0,11}) \([^()/\\]{0,120}conflicted copy[^()/\\]{0,120}\)\.bfs$/iu.exec(name);
  if (copy) return { seq: Number(copy[1]), conflictCopy: true };
  return null;
}
