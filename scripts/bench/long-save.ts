import type { Journal } from '../../electron/vault/journal';
import { longestBlock, timed } from './measure';
import { round } from './random';

/**
 * A 40,000-word entry saved ten times: the longest the event loop stalls while the
 * save and its framing (in the worker) run, and the first save after opening
 * against the tenth.
 */
export async function measureLongSaves(journal: Journal, text: string): Promise<Record<string, number>> {
  const saves: number[] = [];
  let longest = 0;
  let id: string | undefined;
  for (let i = 0; i < 10; i++) {
    const run = await longestBlock(() =>
      timed(async () => {
        const saved = await journal.save({ ...(id ? { id } : {}), title: 'Long', date: '2026-01-01', body: `${text} ${i}`, tags: [] });
        id = saved.id;
        await journal.settle();
      }),
    );
    saves.push(run.value.ms);
    longest = Math.max(longest, run.blockMs);
  }
  return {
    save_40k_words_longest_block_ms: round(longest, 2),
    save_40k_words_first_ms: round(saves[0]!, 2),
    save_40k_words_tenth_ms: round(saves[9]!, 2),
  };
}
