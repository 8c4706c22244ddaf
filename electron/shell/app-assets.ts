import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Maps an app:// URL to a file inside the built renderer, refusing anything that
 * would escape it (../, encoded slashes, other hosts).
 */
export function resolveAppAsset(rendererRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/u, '');
  const root = resolve(rendererRoot);
  const file = resolve(root, relative);
  return file.startsWith(root + sep) ? file : null;
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function readAppAsset(rendererRoot: string, url: string): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string } | null> {
  const file = resolveAppAsset(rendererRoot, url);
  if (!file) return null;
  try {
    return { body: new Uint8Array(await readFile(file)), contentType: contentTypeFor(file) };
  } catch {
    return null;
  }
}
