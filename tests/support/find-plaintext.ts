import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** The ways a word could sit in a file: plain, UTF-16, base64 of its JSON, URL-encoded. */
export function encodingsOf(marker: string): Buffer[] {
  const json = JSON.stringify(marker).slice(1, -1);
  const forms = [
    Buffer.from(marker, 'utf8'),
    Buffer.from(marker, 'utf16le'),
    Buffer.from(encodeURIComponent(marker), 'utf8'),
  ];
  // base64 shifts with alignment, so look for the marker's encoding at each of the three offsets,
  // keeping only the groups made of the marker's bytes alone.
  for (let pad = 0; pad < 3; pad++) {
    const encoded = Buffer.from('x'.repeat(pad) + json).toString('base64');
    const stable = encoded.slice(pad === 0 ? 0 : 4, -4);
    if (stable.length >= 6) forms.push(Buffer.from(stable, 'utf8'));
  }
  return forms;
}

/**
 * This checkout: its test-results hold Playwright traces, which record what the
 * tests typed. They are the test harness's files, not the app's, so a scan of the
 * temp folder (where CI may have cloned the repository) passes over them.
 */
const CHECKOUT = resolve(__dirname, '../..');

function isInsideCheckout(path: string): boolean {
  return path === CHECKOUT || path.startsWith(CHECKOUT + sep);
}

/**
 * Every file under `folder` (recursively) that contains the marker in any encoding.
 * With `since` (ms since the epoch), only files modified from then on are read.
 */
export async function filesContaining(folder: string, marker: string, since?: number): Promise<string[]> {
  const needles = encodingsOf(marker);
  const hits: string[] = [];
  const walk = async (dir: string) => {
    let names: import('node:fs').Dirent[];
    try {
      names = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const dirent of names) {
      const path = join(dir, dirent.name);
      // Installed packages and git objects cannot hold what the app wrote; skipping them keeps the scan fast.
      if (dirent.isDirectory()) {
        if (dirent.name !== 'node_modules' && dirent.name !== '.git' && (!isInsideCheckout(path) || isInsideCheckout(folder))) await walk(path);
      }
      else if (dirent.isFile()) {
        if (since !== undefined && ((await stat(path).catch(() => null))?.mtimeMs ?? 0) < since) continue;
        const bytes = await readFile(path).catch(() => null);
        if (bytes && needles.some((needle) => bytes.includes(needle))) hits.push(path);
      }
    }
  };
  await walk(folder);
  return hits;
}

/** Like filesContaining for several markers at once, reading each file only once: marker → files holding it. */
export async function filesContainingAny(folder: string, markers: readonly string[], since?: number): Promise<Map<string, string[]>> {
  const needles = markers.map((marker) => ({ marker, forms: encodingsOf(marker) }));
  const hits = new Map<string, string[]>(markers.map((marker) => [marker, []]));
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch {
    return hits;
  }
  for (const dirent of entries) {
    if (!dirent.isFile()) continue;
    const path = join(dirent.parentPath, dirent.name);
    if (isInsideCheckout(path) && !isInsideCheckout(folder)) continue;
    if (since !== undefined && ((await stat(path).catch(() => null))?.mtimeMs ?? 0) < since) continue;
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) continue;
    for (const { marker, forms } of needles) if (forms.some((form) => bytes.includes(form))) hits.get(marker)!.push(path);
  }
  return hits;
}
