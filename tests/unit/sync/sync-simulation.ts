import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Entry } from '../../../shared/domain/entry';
import type { Win } from '../../../shared/domain/win';
import { ModelSyncTool, type ToolCounts } from './model-sync-tool';
import { draft, firstComputer, joiningComputer, syncedRecords, type Computer } from './sync-computers';

/**
 * The simulation of issue 16's Done-when: 2–4 computers make random edits, trashes,
 * restores and wins while a model sync tool (model-sync-tool.ts) carries their files
 * badly; at the end, once the tool has caught up, every computer has the same
 * journal, and every word that was ever saved is still there unless an edit that
 * showed it removed it.
 */
export type Step =
  | { do: 'write'; on: number; pick: number; at: number; what: 'new' | 'insert' | 'delete' | 'date' | 'tags' | 'title' | 'trash' | 'restore' | 'win' | 'win-edit' }
  | { do: 'pass'; on: number }
  /** The tool catches up and every computer passes: what follows starts from a shared journal, so edits collide. */
  | { do: 'settle' }
  | { do: 'deliver'; pick: number; how: 'whole' | 'cut' | 'conflict' | 'twice' }
  | { do: 'fail'; on: number; code: 'ENOENT' | 'EIO' | 'EDEADLK'; count: number };

export function scenario(maxSteps: number): fc.Arbitrary<{ computers: number; steps: Step[] }> {
  const on = fc.nat(3);
  const step: fc.Arbitrary<Step> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ do: fc.constant('write' as const), on, pick: fc.nat(50), at: fc.nat(50), what: fc.constantFrom('new', 'insert', 'insert', 'delete', 'date', 'date', 'tags', 'title', 'trash', 'restore', 'win', 'win-edit') }) },
    { weight: 3, arbitrary: fc.record({ do: fc.constant('pass' as const), on }) },
    { weight: 1, arbitrary: fc.constant({ do: 'settle' as const }) },
    { weight: 4, arbitrary: fc.record({ do: fc.constant('deliver' as const), pick: fc.nat(20), how: fc.constantFrom('whole', 'whole', 'cut', 'conflict', 'twice') }) },
    { weight: 1, arbitrary: fc.record({ do: fc.constant('fail' as const), on, code: fc.constantFrom('ENOENT', 'EIO', 'EDEADLK'), count: fc.integer({ min: 1, max: 4 }) }) },
  );
  return fc.record({ computers: fc.integer({ min: 2, max: 4 }), steps: fc.array(step, { minLength: Math.min(maxSteps, 25), maxLength: maxSteps }) });
}

export interface RunCounts extends ToolCounts {
  computers: number;
  writes: number;
  passes: number;
  earlierVersions: number;
  broughtBack: number;
}


/** Runs one scenario in `root`; throws (through expect) when the end state breaks a promise. */
export async function runScenario(root: string, plan: { computers: number; steps: Step[] }): Promise<RunCounts> {
  const folders = Array.from({ length: plan.computers }, (_, i) => join(root, `folder-${i}`));
  const tool = new ModelSyncTool(folders);
  const machines: Computer[] = [await firstComputer(root, folders[0]!, { fs: tool.fileSystemOf(0) })];
  await machines[0]!.pass();
  tool.deliverAll();
  for (let i = 1; i < plan.computers; i++) machines.push(await joiningComputer(root, `c${i}`, folders[i]!, { fs: tool.fileSystemOf(i) }));
  const counts = { computers: plan.computers, writes: 0, passes: 0, earlierVersions: 0, broughtBack: 0 };
  /** Every word saved, and whether some computer removed it from text that showed it. */
  const words = new Map<string, { record: string; removed: boolean }>();
  const ids: string[] = [];
  const winIds: string[] = [];
  let next = 0;
  const word = (record: string) => {
    const w = `w${next++}x`;
    words.set(w, { record, removed: false });
    return w;
  };
  const pass = async (machine: Computer) => {
    const report = await machine.pass();
    counts.passes += 1;
    counts.earlierVersions += report.earlierVersions;
    counts.broughtBack += report.broughtBack.length;
    return report.wroteFiles + report.appliedFiles + report.wroteRecords > 0;
  };
  try {
    for (const step of plan.steps) {
      if (step.do === 'deliver') tool.step(step.pick, step.how);
      else if (step.do === 'fail') tool.failReads(step.on % plan.computers, step.code, step.count);
      else if (step.do === 'pass') await pass(machines[step.on % plan.computers]!);
      else if (step.do === 'settle') {
        tool.deliverAll();
        for (const machine of machines) await pass(machine);
        tool.deliverAll();
        for (const machine of machines) await pass(machine);
      }
      else if (await write(machines[step.on % plan.computers]!, step)) counts.writes += 1;
    }
    tool.clearFailures();
    // The tool catches up and every computer passes until a whole round moves nothing.
    let still = false;
    for (let round = 0; round < 12 && !still; round++) {
      tool.deliverAll();
      still = true;
      for (const machine of machines) if (await pass(machine)) still = false;
    }
    expect(still, 'the computers settle once the tool has caught up').toBe(true);
    const journals = await Promise.all(machines.map((machine) => syncedRecords(machine)));
    for (const other of journals.slice(1)) expect(other).toEqual(journals[0]);
    const text = journals[0]!;
    // Nothing is purged in these scenarios, so every record ever made is still there, in or out of the trash.
    for (const id of [...ids, ...winIds]) expect(text[id], `the record ${id}`).toBeDefined();
    for (const [w, about] of words) if (!about.removed) expect(text[about.record], `the word ${w}`).toContain(w);
    return { ...counts, ...tool.counts };
  } finally {
    for (const machine of machines) await machine.vault.lock('user');
  }

  async function write(machine: Computer, step: Extract<Step, { do: 'write' }>): Promise<boolean> {
    const journal = machine.vault.journal();
    const known = ids.map((id) => journal.findEntry(id)).filter((entry): entry is Entry => entry !== undefined);
    const entry = known.length > 0 ? known[step.pick % known.length] : undefined;
    if (step.what === 'new' || (!entry && !step.what.startsWith('win'))) {
      const saved = await journal.save({ title: 'Day', date: '2026-12-01', body: 'start', tags: [] });
      ids.push(saved.id);
      await journal.save({ ...draft(saved), body: `start ${word(saved.id)}` });
      return true;
    }
    if (step.what === 'win' || step.what === 'win-edit') return writeWin(machine, step);
    if (!entry) return false;
    if (step.what === 'trash') return (await journal.trash(entry.id), true);
    if (step.what === 'restore') return (await journal.restore(entry.id), true);
    if (entry.deletedAt) return false;
    const parts = entry.body.split(' ');
    if (step.what === 'insert') parts.splice(step.at % (parts.length + 1), 0, word(entry.id));
    if (step.what === 'delete' && parts.length > 1) {
      // A merge may have joined a word to its neighbour ("startw4x"): every word in what is deleted was seen and removed.
      const [gone] = parts.splice(step.at % parts.length, 1);
      for (const seen of gone!.match(/w[0-9]+x/gu) ?? []) {
        const about = words.get(seen);
        if (about) about.removed = true;
      }
    }
    const date = step.what === 'date' ? `2026-12-${String(1 + (step.at % 28)).padStart(2, '0')}` : entry.date;
    const title = step.what === 'title' ? `${entry.title} ${step.at}` : entry.title;
    const tags = step.what === 'tags' ? [`t${step.at % 5}`] : entry.tags;
    await journal.save({ ...draft(entry), body: parts.join(' '), date, title, tags });
    return true;
  }

  async function writeWin(machine: Computer, step: Extract<Step, { do: 'write' }>): Promise<boolean> {
    const wins = machine.vault.journal().evidence;
    const have = [...(wins.collection('win')?.values() ?? [])] as Win[];
    const known = have.filter((win) => winIds.includes(win.id) && !win.deletedAt);
    if (step.what === 'win' || known.length === 0) {
      const story = word('');
      const saved = await wins.wins.save({ title: 'Won', story, kind: 'skill', area: 'work', date: '2026-12-01' });
      words.get(story)!.record = saved.id;
      winIds.push(saved.id);
      return true;
    }
    const win = known[step.pick % known.length]!;
    await wins.wins.save({ id: win.id, title: win.title, story: `${win.story} ${word(win.id)}`, kind: win.kind, area: win.area, date: win.date, tags: win.tags, entryIds: win.entryIds });
    return true;
  }
}

/** Runs `runs` random scenarios of up to `steps` steps, printing the seed first and each run's counts. */
export async function simulate(runs: number, steps: number): Promise<void> {
  const seed = Number(process.env.BF_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`sync simulation: seed ${seed} (BF_SEED=${seed} repeats it), ${runs} runs of up to ${steps} steps`);
  await fc.assert(
    fc.asyncProperty(scenario(steps), async (plan) => {
      const root = await mkdtemp(join(tmpdir(), 'bf-sync-sim-'));
      try {
        console.log(`sync simulation run: ${JSON.stringify(await runScenario(root, plan))}`);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}
