import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped JavaScript the built renderer loads before the lock screen: the entry
 * script and its modulepreloads from index.html (lazy chunks are not counted).
 */
export function rendererInitialJsKbGz(root: string): { value: number | null; reason?: string; files?: string[] } {
  const html = join(root, 'index.html');
  if (!existsSync(html)) return { value: null, reason: 'renderer not built (run npm run build first)' };
  const page = readFileSync(html, 'utf8');
  const sources = [
    ...page.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!.replace(/^\.?\//, ''));
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(readFileSync(join(root, source)), { level: 9 }).length;
  return { value: Math.round((bytes / 1024) * 10) / 10, files: sources };
}
