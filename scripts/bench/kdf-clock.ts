import argon2 from 'argon2';
import { performance } from 'node:perf_hooks';

/**
 * Notes when each Argon2 derivation in this process finishes, so a figure can start
 * "after the KDF" while the unlock itself still goes through the dispatcher as the
 * window's does: the vault derives the key inside `vault.unlock` and says nothing
 * about when that part ended. The derivation itself is unchanged (the same function
 * is called with the same arguments; only its finishing time is written down).
 */
export function watchKdf(): { lastEnd: () => number; stop: () => void } {
  const original = argon2.hash;
  let lastEnd = Number.NaN;
  Object.assign(argon2, {
    hash: async (...args: unknown[]) => {
      const result: unknown = await Reflect.apply(original, argon2, args);
      lastEnd = performance.now();
      return result;
    },
  });
  return {
    lastEnd: () => lastEnd,
    stop: () => Object.assign(argon2, { hash: original }),
  };
}
