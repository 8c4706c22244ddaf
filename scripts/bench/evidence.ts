import type { Journal } from '../../electron/vault/journal';
import { LIFE_AREA_IDS, WIN_KIND_IDS, type WinDraftInput } from '../../shared/domain/win';
import type { PracticePlanInput } from '../../shared/domain/practice';
import { inBatches, timed } from './measure';
import { median, percentile, pick, round } from './random';

const STORIES = [
  'I gave the talk even though my hands were shaking the whole time.',
  'Finished the course I started twice before and dropped.',
  'Helped my neighbour move the piano up two flights of stairs.',
  'Called the bank and sorted the mistake myself, calmly.',
  'Wrote every morning for a month, even the bad mornings.',
  'Asked for the raise, and got half of it.',
  'Cooked for eight people and nobody went hungry.',
  'Said no to the extra project and the sky did not fall.',
];
const ATTEMPTS = ['Send the pitch', 'Speak up in the meeting', 'Cook something new', 'Ask for feedback', 'Post the drawing', 'Call an old friend'];
const TAGS = ['work', 'family', 'health', 'talks', 'home'];

function day(random: () => number): string {
  return new Date(Date.UTC(2016, 0, 1) + Math.floor(random() * 10 * 365) * 86_400_000).toISOString().slice(0, 10);
}

function winDrafts(random: () => number, count: number, entryIds: readonly string[]): WinDraftInput[] {
  return Array.from({ length: count }, (_, index) => ({
    date: day(random),
    title: `Win ${index + 1}`,
    story: `${pick(random, STORIES)} ${pick(random, STORIES)}`,
    kind: pick(random, WIN_KIND_IDS),
    area: pick(random, LIFE_AREA_IDS),
    tags: [pick(random, TAGS)],
    entryIds: index % 5 === 0 ? [pick(random, entryIds)] : [],
  }));
}

function practicePlans(random: () => number, count: number): PracticePlanInput[] {
  return Array.from({ length: count }, () => ({ date: day(random), attempt: pick(random, ATTEMPTS), fear: 'That it goes badly.', expected: Math.floor(random() * 11) }));
}

export interface EvidenceRun {
  journal: Journal;
  /** Opens the same folder afresh, as an unlock does after the key is derived. */
  reopen: () => Promise<Journal>;
  /** One entry edit saved durably, as the core figures time it. */
  saveOneEdit: (journal: Journal, index: number) => Promise<void>;
  entryIds: readonly string[];
  random: () => number;
  log: (line: string) => void;
}

/**
 * The evidence vault at scale (2,000 wins and 500 practices beside the entries): what
 * the Wins screen asks for on arrival, one surfacing choice, and open and save again,
 * for comparison with the same journal's figures before the wins were added.
 */
export async function measureEvidence(run: EvidenceRun, sizes = { wins: 2_000, practices: 500 }): Promise<Record<string, number>> {
  // The same journal without the evidence first, measured the same way at the same moment, so memory
  // and disk are in the same state for both (figures taken earlier in the run are not comparable).
  const without = await openAndSave(run, run.journal, 0);
  run.log(`Adding ${sizes.wins} wins and ${sizes.practices} practices…`);
  const { evidence } = without.journal;
  await inBatches(winDrafts(run.random, sizes.wins, run.entryIds), 16, async (draft) => {
    await evidence.wins.save(draft);
  });
  await inBatches(practicePlans(run.random, sizes.practices), 16, async (plan, index) => {
    const practice = await evidence.practices.plan(plan);
    if (index % 2 === 0) await evidence.practices.complete(practice.id, { date: practice.date, happened: 'It went fine.', actual: Math.floor(run.random() * 11), learned: '' });
  });
  await without.journal.settle();
  const withEvidence = await openAndSave(run, without.journal, 1000);
  const { journal } = withEvidence;

  // What the Wins screen asks for when it opens, serialised as the window would receive it.
  const screens: number[] = [];
  for (let rep = 0; rep < 20; rep++) {
    screens.push(
      (
        await timed(() =>
          JSON.stringify([journal.evidence.wins.list({}), journal.evidence.wins.overview(), journal.evidence.wins.remember(journal.today())]),
        )
      ).ms,
    );
  }
  const surfacing: number[] = [];
  for (let rep = 0; rep < 200; rep++) {
    const framing = { shame: 3, accountability: 1, blame: 0, neutral: 5 };
    surfacing.push((await timed(() => journal.evidence.wins.surface({ framing, tags: [pick(run.random, TAGS)] }))).ms);
  }
  await journal.settle();

  return {
    wins: journal.evidence.wins.records.size,
    practices: journal.evidence.practices.records.size,
    open_without_evidence_ms: without.openMs,
    open_with_evidence_ms: withEvidence.openMs,
    save_p95_without_evidence_ms: without.saveP95Ms,
    save_p95_with_evidence_ms: withEvidence.saveP95Ms,
    wins_screen_data_p95_ms: round(percentile(screens, 95), 2),
    surface_p95_ms: round(percentile(surfacing, 95), 3),
  };
}

/** Opens the folder afresh three times (median), then times 100 entry edits; returns the last journal opened. */
async function openAndSave(run: EvidenceRun, current: Journal, firstEdit: number): Promise<{ journal: Journal; openMs: number; saveP95Ms: number }> {
  const opens: number[] = [];
  let journal = current;
  for (let rep = 0; rep < 3; rep++) {
    await journal.settle();
    const opened = await timed(run.reopen);
    opens.push(opened.ms);
    journal = opened.value;
  }
  const saves: number[] = [];
  for (let i = 0; i < 100; i++) saves.push((await timed(() => run.saveOneEdit(journal, firstEdit + i))).ms);
  await journal.settle();
  return { journal, openMs: round(median(opens)), saveP95Ms: round(percentile(saves, 95), 2) };
}
