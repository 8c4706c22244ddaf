import { performance } from 'node:perf_hooks';
import { createAppServices } from '../../electron/api/app-services';
import type { ApiResponse } from '../../shared/api/contract';
import { watchKdf } from './kdf-clock';
import { median, round } from './random';

export interface UnlockFigures {
  figures: { unlock_to_list_ms: number; search_ready_ms: number; unlock_ms: number };
  /** Whether the first page was answered while bodies were still being indexed (`journal.opening()` not yet null). */
  listBeforeSearchReady: boolean;
  /** Whether such an answer said so itself (carried `opening`, which the window shows). */
  listSaidOpening: boolean;
}

/**
 * Unlock as the window does it, through the dispatcher over the app's own services:
 * `vault.unlock`, then the first page of `entries.list` (the window's first request).
 * Each figure starts when the KDF finishes (see watchKdf), so a slower or faster
 * Argon2 does not move it: unlock_to_list_ms ends when the first page has answered,
 * search_ready_ms when `whenOpened()` says every body is searchable. unlock_ms is
 * the whole `vault.unlock` request, KDF included. Median of `runs` unlocks.
 */
export async function measureUnlock(journalDir: string, passphrase: string, runs = 3): Promise<UnlockFigures> {
  const toList: number[] = [];
  const toSearch: number[] = [];
  const unlocks: number[] = [];
  let listBeforeSearchReady = false;
  let listSaidOpening = false;
  for (let run = 0; run < runs; run++) {
    const services = createAppServices({ journalDir, platform: { chooseSavePath: () => Promise.resolve(null) } });
    const kdf = watchKdf();
    try {
      const start = performance.now();
      const unlocked = await services.dispatch('vault.unlock', { passphrase });
      if (!unlocked.ok) throw new Error(`vault.unlock failed: ${unlocked.error.message}`);
      const unlockedAt = performance.now();
      const page = await services.dispatch('entries.list', { limit: 100 });
      const listedAt = performance.now();
      if (!page.ok) throw new Error(`entries.list failed: ${page.error.message}`);
      const answer = page.value as ApiResponse<'entries.list'>;
      if (answer.entries.length === 0) throw new Error('entries.list answered an empty first page');
      listBeforeSearchReady ||= services.vault.journal().opening() !== null;
      listSaidOpening ||= answer.opening !== undefined;
      await services.vault.journal().whenOpened();
      const readyAt = performance.now();
      const kdfEnd = kdf.lastEnd();
      if (!(kdfEnd > start && kdfEnd < unlockedAt)) throw new Error('the KDF did not run inside vault.unlock');
      toList.push(listedAt - kdfEnd);
      toSearch.push(readyAt - kdfEnd);
      unlocks.push(unlockedAt - start);
    } finally {
      kdf.stop();
      await services.dispatch('vault.lock', {});
      await services.framer.close();
    }
  }
  return {
    figures: { unlock_to_list_ms: round(median(toList)), search_ready_ms: round(median(toSearch)), unlock_ms: round(median(unlocks)) },
    listBeforeSearchReady,
    listSaidOpening,
  };
}
