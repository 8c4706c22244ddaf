import { copyFile, readFile, rename, rm, truncate, writeFile } from 'node:fs/promises';
import type { Random } from './seeded-random';

/** Ways a file on disk can go bad: bit rot, a cut-off copy, an editor, a sync tool. */
export const TAMPER_KINDS = ['flip', 'truncate', 'empty', 'garbage', 'append', 'delete'] as const;
export type TamperKind = (typeof TAMPER_KINDS)[number];

/** Flips one bit of one byte, in place (same file, same inode). */
export async function flipByte(path: string, offset: number): Promise<void> {
  const bytes = await readFile(path);
  const at = ((offset % bytes.length) + bytes.length) % bytes.length;
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(path, bytes);
}

/** Damages a file one way and says how, for the failure message. */
export async function tamperWith(path: string, kind: TamperKind, random: Random): Promise<string> {
  switch (kind) {
    case 'flip': {
      const size = (await readFile(path)).length;
      const offset = random.int(size);
      await flipByte(path, offset);
      return `flipped byte ${offset} of ${size}`;
    }
    case 'truncate': {
      const size = (await readFile(path)).length;
      const length = random.int(size);
      await truncate(path, length);
      return `truncated to ${length} of ${size} bytes`;
    }
    case 'empty':
      await truncate(path, 0);
      return 'emptied';
    case 'garbage': {
      const bytes = Buffer.alloc(32 + random.int(4096), 0);
      for (let i = 0; i < bytes.length; i++) bytes[i] = random.int(256);
      await writeFile(path, bytes);
      return `replaced by ${bytes.length} random bytes`;
    }
    case 'append':
      await writeFile(path, Buffer.concat([await readFile(path), Buffer.from('\n{"extra":true}\n')]));
      return 'appended bytes';
    case 'delete':
      await rm(path);
      return 'deleted';
  }
}

/** Exchanges two files' contents, as a sync tool mixing up names would. */
export async function swapFiles(a: string, b: string): Promise<void> {
  const temp = `${a}.swap-temp`;
  await rename(a, temp);
  await rename(b, a);
  await rename(temp, b);
}

/** Copies a file over or next to another, as a careless restore would. */
export async function duplicateFile(from: string, to: string): Promise<void> {
  await copyFile(from, to);
}
