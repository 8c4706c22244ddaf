import type { Platform } from '../../electron/api/platform';

/**
 * A Platform whose every dialog is cancelled (answers null), whatever methods the
 * interface grows; pass overrides for the ones a test cares about.
 */
export function nullPlatform(overrides: Partial<Platform> = {}): Platform {
  return new Proxy(overrides, {
    get: (target, key) => (key === 'then' ? undefined : (target as Record<PropertyKey, unknown>)[key] ?? (async () => null)),
  }) as Platform;
}
