import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../vault/storage/durable-write';
import { nodeFileSystem } from '../vault/storage/file-system';

/**
 * Window size and position: the only thing kept outside the encrypted journal,
 * because it says nothing about the person and is needed before unlock.
 */
const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10_000),
  height: z.number().int().min(300).max(10_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1180, height: 800, maximized: false };
export const WINDOW_STATE_FILE = 'window-state.json';

export async function loadWindowState(folder: string): Promise<WindowState> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function saveWindowState(folder: string, state: WindowState): Promise<void> {
  const checked = windowStateSchema.parse(state);
  await writeFileDurably(nodeFileSystem, join(folder, WINDOW_STATE_FILE), new TextEncoder().encode(JSON.stringify(checked)));
}

/** A saved position is only used if it still lands on a connected display. */
export function isVisibleOn(state: WindowState, displays: { x: number; y: number; width: number; height: number }[]): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  const { x, y } = state;
  return displays.some((d) => x >= d.x - 50 && y >= d.y - 50 && x < d.x + d.width - 100 && y < d.y + d.height - 100);
}
