/**
 * The network sockets a process group holds, read from Linux's /proc: the ground truth under the config
 * check, since a socket bound to a LAN address or connected past this machine shows here whatever the
 * settings say.
 */
import { readdir, readFile, readlink } from 'node:fs/promises';

export interface SocketEntry {
  protocol: 'tcp' | 'tcp6' | 'udp' | 'udp6';
  local: string;
  remote: string;
}

/** Pids (zombies left out) whose process group is `group`. */
async function pidsInGroup(group: number): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp ...; comm may hold spaces, so split after its closing parenthesis.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') pids.push(Number(name));
  }
  return pids;
}

async function socketInodes(pid: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  return inodes;
}

/** /proc/net addresses are hex, each 32-bit word in host (little-endian) byte order. */
function decodeAddress(hex: string): string {
  const [ip, port] = hex.split(':') as [string, string];
  const words = ip.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((byte) => parseInt(byte, 16)));
  const portNumber = parseInt(port, 16);
  if (bytes.length === 4) return `${bytes.join('.')}:${portNumber}`;
  const groups: string[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(((bytes[index]! << 8) | bytes[index + 1]!).toString(16));
  return `[${groups.join(':')}]:${portNumber}`;
}

/** Every TCP and UDP socket (IPv4 and IPv6) held by a live process in process group `group`. */
export async function socketsOfGroup(group: number): Promise<SocketEntry[]> {
  const inodes = new Set<string>();
  for (const pid of await pidsInGroup(group)) for (const inode of await socketInodes(pid)) inodes.add(inode);
  const sockets: SocketEntry[] = [];
  for (const protocol of ['tcp', 'tcp6', 'udp', 'udp6'] as const) {
    const table = await readFile(`/proc/net/${protocol}`, 'utf8').catch(() => '');
    for (const line of table.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || !inodes.has(fields[9]!)) continue;
      sockets.push({ protocol, local: decodeAddress(fields[1]!), remote: decodeAddress(fields[2]!) });
    }
  }
  return sockets;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[0:0:0:0:0:0:0:1\]|\[0:0:0:0:0:ffff:7f[0-9a-f]{2}:[0-9a-f]+\]):\d+$/;
const UNCONNECTED = /^(0\.0\.0\.0|\[0:0:0:0:0:0:0:0\]):0$/;

/** The sockets that are bound to, or connected to, anything but this machine's loopback; none is the goal. */
export function outwardSockets(sockets: SocketEntry[]): SocketEntry[] {
  return sockets.filter((socket) => !LOOPBACK.test(socket.local) || !(LOOPBACK.test(socket.remote) || UNCONNECTED.test(socket.remote)));
}
